import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../i18n/language-provider';

/** The top bar: app name (and the province, on tenant pages), language switch, then `children`. */
export function SiteHeader({
  homePath,
  tenantName,
  children,
}: {
  homePath: string;
  tenantName?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link className="site-header__brand" to={homePath}>
          <span className="site-header__app">{t('app.name')}</span>
          {tenantName ? (
            <span className="site-header__tenant" lang="vi">
              {tenantName}
            </span>
          ) : null}
        </Link>
        <LanguageSwitch />
      </div>
      {children}
    </header>
  );
}
