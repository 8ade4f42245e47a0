import { Button, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const IdentityProviderListFragment = graphql(`
  fragment IdentityProviderList_IdentityProvider on IdentityProvider {
    name
    signInUrl
  }
`);

/** A button per identity provider; each is a link, since signing in leaves the app for the provider (and comes back to returnTo). */
export function IdentityProviderList(props: { providers: readonly FragmentType<typeof IdentityProviderListFragment>[]; returnTo: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const providers = getFragmentData(IdentityProviderListFragment, props.providers);
  if (providers.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('signIn.providersHeading')}
      </Heading>
      <div className="button-row">
        {providers.map((provider) => (
          <Button key={provider.signInUrl} asChild>
            <a href={`${provider.signInUrl}?returnTo=${encodeURIComponent(props.returnTo)}`}>
              {t('signIn.withProvider', { name: provider.name })}
            </a>
          </Button>
        ))}
      </div>
    </section>
  );
}
