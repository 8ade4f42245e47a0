import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink } from 'react-router';

import { SessionMenu } from '../features/session/session-menu';
import { useSession } from '../features/session/use-session';
import { LanguageSwitch } from './language-switch';

export function AppHeader() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <RouterLink to="/" className="app-header__product">
          {t('app.productName')}
        </RouterLink>
        <nav aria-label={t('app.mainNavigation')} className="app-header__nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('app.navCommunities')}
              </NavLink>
            </li>
            {session.status === 'signed-in' && session.me.canReadReports && (
              <li>
                <NavLink to="/reports">{t('app.navReports')}</NavLink>
              </li>
            )}
            {session.status === 'signed-in' && (
              <li>
                <NavLink to="/account">{t('app.navAccount')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <SessionMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}
