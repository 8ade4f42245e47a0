import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { roleLabel, sortRoles } from '../../shared/role-labels';
import { signInPathname } from '../../shared/sign-in-path';
import { SignInLink } from '../../shared/sign-in-link';
import { useSession } from './use-session';
import { useSignOut } from './use-sign-out';

/** The header's account area: "Logg inn" for the public; name, roles and "Logg ut" when signed in. */
export function SessionMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const { signOut, signingOut } = useSignOut();

  // Nothing until the answer is in, rather than a "Logg inn" that turns into a name.
  if (session.status === 'loading') return null;
  if (session.status === 'public') {
    return pathname === signInPathname ? null : (
      <div className="session-menu">
        <SignInLink />
      </div>
    );
  }

  const label = (grant: (typeof session.me.roles)[number]) => roleLabel(grant, t, session.communities);
  const roles = sortRoles(session.me.roles, label).map(label);
  return (
    <div className="session-menu">
      <p className="session-menu__user">
        <span className="ds-sr-only">{t('session.signedInAs')} </span>
        <span className="session-menu__name">{session.me.name}</span>
        <span className="session-menu__roles">
          <span className="ds-sr-only">{t('session.roles')} </span>
          {roles.length > 0 ? roles.join(', ') : t('session.noRoles')}
        </span>
      </p>
      <Button variant="secondary" data-size="sm" loading={signingOut} onClick={() => void signOut()}>
        {signingOut ? t('session.signingOut') : t('session.signOut')}
      </Button>
    </div>
  );
}
