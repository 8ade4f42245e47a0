import { useState } from 'react';
import { RouterProvider } from 'react-router';

import { createApolloClient } from './apollo-client';
import { createI18n } from './i18n';
import { Providers } from './providers';
import { createRouter } from './router';

export function App() {
  const [apolloClient] = useState(createApolloClient);
  const [i18n] = useState(() => createI18n());
  const [router] = useState(createRouter);
  return (
    <Providers apolloClient={apolloClient} i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>
  );
}
