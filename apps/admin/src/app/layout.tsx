import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

import { mainContentId } from '../shared/main-content';
import { AppHeader } from './app-header';

export function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    // After client-side navigation focus would stay on the clicked link, which may no longer
    // exist; moving it to the main region gives keyboard and screen reader users a fresh start.
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <SkipLink href={`#${mainContentId}`}>{t('app.skipToMain')}</SkipLink>
      <AppHeader />
      <main id={mainContentId} ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
