import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { Loading } from '../../shared/query-state';
import { safeReturnTo } from '../../shared/sign-in-path';
import { useDocumentTitle } from '../../shared/use-document-title';
import { IdentityProviderList } from './identity-provider-list';
import { providerErrorMessage } from './sign-in-errors';
import { SignInForm } from './sign-in-form';
import { useSession } from './use-session';

const SignInPageQuery = graphql(`
  query SignInPage {
    identityProviders {
      signInUrl
      ...IdentityProviderList_IdentityProvider
    }
  }
`);

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const passwordHeadingId = useId();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const providerError = providerErrorMessage(searchParams.get('error'));
  const session = useSession({ refresh: true });
  // Without identity providers (or when they cannot be listed) e-mail and password still work.
  const { data } = useQuery(SignInPageQuery, { errorPolicy: 'all' });
  const providers = data?.identityProviders ?? [];
  // Keeps the form in place while the store resets after signing in, instead of a flash of "signed in as".
  const [completing, setCompleting] = useState(false);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      {providerError && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('signIn.providerErrors.heading')}
          </Heading>
          <Paragraph>{t(`signIn.providerErrors.${providerError}`)}</Paragraph>
        </Alert>
      )}
      {session.status === 'loading' && <Loading />}
      {session.status === 'signed-in' && !completing && (
        <>
          <Paragraph>{t('signIn.alreadySignedIn', { name: session.me.name })}</Paragraph>
          <Paragraph>
            <AppLink to={returnTo}>{t('signIn.continue')}</AppLink>
          </Paragraph>
        </>
      )}
      {(session.status === 'public' || completing) && (
        <>
          <Paragraph variant="long">{t('signIn.intro')}</Paragraph>
          <IdentityProviderList providers={providers} returnTo={returnTo} />
          <section aria-labelledby={providers.length > 0 ? passwordHeadingId : undefined} className="page-section sign-in">
            {providers.length > 0 && (
              <Heading level={2} data-size="sm" id={passwordHeadingId}>
                {t('signIn.passwordHeading')}
              </Heading>
            )}
            <SignInForm returnTo={returnTo} onSignedIn={() => setCompleting(true)} />
          </section>
        </>
      )}
    </>
  );
}
