import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { roleLabel, sortRoles } from '../../shared/role-labels';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';
import { RequireAccess } from '../session/require-access';
import { useSession } from '../session/use-session';
import { ApiTokensSection } from './api-tokens-section';
import { ChangePasswordForm } from './change-password-form';

export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  // Arriving from an invitation or a reset link, signed in with the password just chosen.
  const state: unknown = useLocation().state;
  const passwordSet = typeof state === 'object' && state !== null && 'passwordSet' in state;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('account.title')}
      </Heading>
      <StatusMessage message={passwordSet ? t('account.passwordSet') : undefined} />
      <RequireAccess allowed={() => true}>
        <AccountDetails />
        <ChangePasswordForm />
        <ApiTokensSection />
      </RequireAccess>
    </>
  );
}

function AccountDetails() {
  const { t } = useTranslation();
  const rolesHeadingId = useId();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const { me, communities } = session;
  const label = (grant: (typeof me.roles)[number]) => roleLabel(grant, t, communities);
  return (
    <>
      <dl className="facts account-facts">
        <dt>{t('account.name')}</dt>
        <dd>{me.name}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{me.email}</dd>
      </dl>
      <section aria-labelledby={rolesHeadingId} className="page-section">
        <Heading level={2} data-size="md" id={rolesHeadingId}>
          {t('account.rolesHeading')}
        </Heading>
        {me.roles.length === 0 ? (
          <Paragraph>{t('account.noRoles')}</Paragraph>
        ) : (
          <ul>
            {sortRoles(me.roles, label).map((grant) => (
              <li key={grant.id}>{label(grant)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
