import { Link } from 'react-router';
import { useI18n } from '../../i18n/language-provider';
import { paths } from '../../lib/paths';
import { usePageTitle } from '../../lib/use-page-title';

export function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('app.pageTitle', { page: t('notFound.title'), site: t('app.name') }));
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.chooser()}>{t('app.homeLink')}</Link>
      </p>
    </div>
  );
}
