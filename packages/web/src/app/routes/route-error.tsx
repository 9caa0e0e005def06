import { useI18n } from '../../i18n/language-provider';
import { usePageTitle } from '../../lib/use-page-title';

/** What a render error shows instead of a blank page (the router's error element). */
export function RouteError() {
  const { t } = useI18n();
  usePageTitle(t('app.pageTitle', { page: t('routeError.title'), site: t('app.name') }));
  return (
    <main id="main-content" className="main">
      <div className="page">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.body')}</p>
        <p>
          <a href={window.location.href}>{t('state.reload')}</a>
        </p>
      </div>
    </main>
  );
}
