import { TenantList } from '../../features/tenants/components/tenant-list';
import { useI18n } from '../../i18n/language-provider';
import { paths } from '../../lib/paths';
import { usePageTitle } from '../../lib/use-page-title';
import { AppShell } from '../layouts/app-shell';
import { SiteHeader } from '../layouts/site-header';

/** `/`: the deployment's front page, a chooser of the provinces it serves. */
export function HomeRoute() {
  const { t } = useI18n();
  usePageTitle(t('app.pageTitle', { page: t('chooser.title'), site: t('app.name') }));
  return (
    <AppShell header={<SiteHeader homePath={paths.chooser()} />}>
      <div className="page">
        <h1>{t('app.name')}</h1>
        <p className="lead">{t('chooser.intro')}</p>
        <h2 id="chooser-title">{t('chooser.title')}</h2>
        <TenantList labelledBy="chooser-title" />
      </div>
    </AppShell>
  );
}
