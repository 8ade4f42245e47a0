import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';
import type { SessionQuery } from '../../gql/graphql';
import type { CommunityNames } from '../../shared/role-labels';

/**
 * Who is signed in, and the names their roles refer to. Every component that asks shares one
 * cached answer; signing in and out resets the Apollo store, which asks again.
 */
const SessionQueryDocument = graphql(`
  query Session {
    me {
      id
      name
      email
      canReadReports
      roles {
        id
        role
        communityId
        regionalCouncilId
        partnerId
      }
    }
    communities {
      id
      shortName
      regionalCouncils {
        id
        name
      }
    }
  }
`);

export type SignedInUser = NonNullable<SessionQuery['me']>;

export type Session =
  | { status: 'loading' }
  /** The public, or the session could not be read (then the API decides again on every request). */
  | { status: 'public'; communities: readonly CommunityNames[] }
  | { status: 'signed-in'; me: SignedInUser; communities: readonly CommunityNames[] };

/** With `refresh`, asks the API again rather than trusting the cache (the session may have expired). */
export function useSession({ refresh = false }: { refresh?: boolean } = {}): Session {
  // With errorPolicy 'all' a failing list of communities does not hide who is signed in.
  const { data, loading } = useQuery(SessionQueryDocument, {
    errorPolicy: 'all',
    fetchPolicy: refresh ? 'cache-and-network' : 'cache-first',
  });
  if (!data && loading) return { status: 'loading' };
  const communities = data?.communities ?? [];
  const me = data?.me;
  return me ? { status: 'signed-in', me, communities } : { status: 'public', communities };
}
