import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-state';
import { useInbox } from '../../features/inbox/api/get-inbox';
import type { InboxFilters } from '../../features/inbox/api/get-inbox';
import { InboxFilterForm } from '../../features/inbox/components/inbox-filter-form';
import { InboxList } from '../../features/inbox/components/inbox-list';
import { useI18n } from '../../i18n/language-provider';
import { formatNumber } from '../../lib/format';
import { useTenant } from '../../lib/tenant';
import { usePageTitle } from '../../lib/use-page-title';

function filtersOf(params: URLSearchParams): InboxFilters {
  return {
    q: params.get('q') ?? '',
    state: params.get('trang-thai') ?? '',
    overdue: params.get('qua-han') === '1',
  };
}

/** `/t/:tenantCode/can-bo/hop-thu`: what waits for me or my unit, nearest deadline first. */
export function InboxRoute() {
  const { t, language } = useI18n();
  const { tenant } = useTenant();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const inbox = useInbox(filters);
  usePageTitle(t('app.pageTitle', { page: t('inbox.title'), site: tenant.name }));

  const apply = (next: InboxFilters) => {
    const search = new URLSearchParams();
    if (next.q.trim() !== '') {
      search.set('q', next.q.trim());
    }
    if (next.state !== '') {
      search.set('trang-thai', next.state);
    }
    if (next.overdue) {
      search.set('qua-han', '1');
    }
    setParams(search);
  };

  const first = inbox.data?.pages[0];
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="page">
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      <InboxFilterForm
        key={params.toString()}
        filters={filters}
        byState={first?.counts.byState ?? {}}
        onApply={apply}
      />
      {inbox.isPending ? <LoadingState /> : null}
      {inbox.isError ? (
        <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : null}
      {first ? (
        <p role="status">
          {t(first.counts.isCapped ? 'inbox.countsCapped' : 'inbox.counts', {
            total: formatNumber(first.counts.total, language),
            overdue: formatNumber(first.counts.overdue, language),
          })}
        </p>
      ) : null}
      {inbox.data && items.length === 0 ? <EmptyState>{t('inbox.empty')}</EmptyState> : null}
      {items.length > 0 ? <InboxList items={items} /> : null}
      {inbox.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={inbox.isFetchingNextPage}
          onClick={() => {
            if (!inbox.isFetchingNextPage) {
              void inbox.fetchNextPage();
            }
          }}
        >
          {inbox.isFetchingNextPage ? t('inbox.loadingMore') : t('inbox.more')}
        </button>
      ) : null}
    </div>
  );
}
