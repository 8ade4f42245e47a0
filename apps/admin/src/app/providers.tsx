import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

interface ProvidersProps {
  apolloClient: ApolloClient;
  i18n: i18n;
  children: ReactNode;
}

export function Providers({ apolloClient, i18n, children }: ProvidersProps) {
  return (
    <ApolloProvider client={apolloClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </ApolloProvider>
  );
}
