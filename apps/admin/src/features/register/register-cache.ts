import type { ApolloCache } from '@apollo/client';

/**
 * A mutation's `update` after the community's register changed: every page that shows these lists of
 * the community (its page, the register's pages, ones not open now) reads them again.
 */
export function readAgain(communityId: string, fields: readonly ('partners' | 'regionalCouncils' | 'organs')[]) {
  return (cache: ApolloCache) => {
    const id = cache.identify({ __typename: 'Community', id: communityId });
    for (const fieldName of fields) cache.evict({ id, fieldName });
    cache.gc();
  };
}
