import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-state';
import { useI18n } from '../../../i18n/language-provider';
import { formatNumber } from '../../../lib/format';

/** One titled part of the administration page, with its loading, error and empty states. */
export function AdminSection<T>({
  id,
  title,
  query,
  empty,
  children,
}: {
  id: string;
  title: string;
  query: UseQueryResult<T[]>;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t, language } = useI18n();
  const titleId = `${id}-title`;
  return (
    <section id={id} className="admin-section" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {title}
        {query.data ? (
          <>
            {' '}
            <span className="admin-section__count">
              ({t('admin.count', { count: formatNumber(query.data.length, language) })})
            </span>
          </>
        ) : null}
      </h2>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data && query.data.length === 0 ? <EmptyState>{empty}</EmptyState> : null}
      {query.data && query.data.length > 0 ? children(query.data) : null}
    </section>
  );
}
