import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-state';
import { useI18n } from '../../../i18n/language-provider';
import { paths } from '../../../lib/paths';
import { useTenants } from '../api/get-tenants';

/** The provinces of this deployment, each a link to its own pages. */
export function TenantList({ labelledBy }: { labelledBy: string }) {
  const { t } = useI18n();
  const tenants = useTenants();
  if (tenants.isPending) {
    return <LoadingState />;
  }
  if (tenants.isError) {
    return <ErrorState error={tenants.error} onRetry={() => void tenants.refetch()} />;
  }
  if (tenants.data.length === 0) {
    return <EmptyState>{t('chooser.empty')}</EmptyState>;
  }
  const sorted = [...tenants.data].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <ul className="tenant-list" aria-labelledby={labelledBy}>
      {sorted.map((tenant) => (
        <li key={tenant.code}>
          <Link className="tenant-list__link" to={paths.tenantHome(tenant.code)} lang="vi">
            {tenant.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
