import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { AppLink } from './app-link';
import { signInPath } from './sign-in-path';

/** "Logg inn", coming back to the current page afterwards. */
export function SignInLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <AppLink to={signInPath(location)} className={className}>
      {t('session.signIn')}
    </AppLink>
  );
}
