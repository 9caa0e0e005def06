import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../../i18n/language-provider';

/**
 * Skip link, header and main. After a client-side navigation focus moves to the main region, so
 * keyboard and screen-reader users start at the new page's content, as after a full page load.
 */
export function AppShell({ header, children }: { header: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    if (previousPath.current !== pathname) {
      previousPath.current = pathname;
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      {header}
      <main id="main-content" className="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
