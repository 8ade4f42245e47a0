import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink } from 'react-router';

import { LanguageSwitch } from './language-switch';

export function AppHeader() {
  const { t } = useTranslation();
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
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
