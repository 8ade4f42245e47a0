import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// The API serves the UI, so GraphQL is always on the same origin (vite proxies it in development).
export const graphqlPath = '/graphql';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: graphqlPath }),
    cache: new InMemoryCache({
      typePolicies: {
        // OrganRules has no id: merge it into its organ rather than replace it when queries pick different fields.
        Organ: { fields: { rules: { merge: true } } },
      },
    }),
  });
}
