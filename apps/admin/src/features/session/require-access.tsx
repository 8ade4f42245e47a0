import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Loading } from '../../shared/query-state';
import { SignInLink } from '../../shared/sign-in-link';
import { type SignedInUser, useSession } from './use-session';

interface RequireAccessProps {
  allowed: (me: SignedInUser) => boolean;
  /** Who may see this, said in a sentence to a signed-in user who may not (a general sentence by default). */
  deniedBody?: string;
  /** Where to go instead, e.g. back to the community. */
  deniedLink?: ReactNode;
  children: ReactNode;
}

/**
 * Shows its children only to users whose roles allow it, and a friendly message to everyone else:
 * sign in (coming back here) for the public, "no access" for the signed in. The API still checks
 * every request; this only spares people a page that cannot work for them.
 */
export function RequireAccess({ allowed, deniedBody, deniedLink, children }: RequireAccessProps) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'public') {
    return (
      <Alert data-color="info">
        <Heading level={2} data-size="xs">
          {t('access.signInHeading')}
        </Heading>
        <Paragraph>{t('access.signInBody')}</Paragraph>
        <Paragraph>
          <SignInLink />
        </Paragraph>
      </Alert>
    );
  }
  if (!allowed(session.me)) {
    return (
      <Alert data-color="warning">
        <Heading level={2} data-size="xs">
          {t('access.deniedHeading')}
        </Heading>
        <Paragraph>{deniedBody ?? t('access.deniedBody')}</Paragraph>
        {deniedLink && <Paragraph>{deniedLink}</Paragraph>}
      </Alert>
    );
  }
  return children;
}
