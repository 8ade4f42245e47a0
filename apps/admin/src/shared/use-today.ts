import { useQuery } from '@apollo/client/react';

import { graphql } from '../gql';

const TodayQuery = graphql(`
  query Today {
    today
  }
`);

/**
 * Today's date as the server counts it (in Norway, and on the server's clock, which a test or demo may set
 * to another date): what "as of today", "not in the future" and "the running year" mean in the UI.
 * Never the browser's own clock. Undefined until the server has answered.
 */
export function useToday(): string | undefined {
  // Asked again on every page, so a tab left open over midnight moves on to the next day.
  const { data } = useQuery(TodayQuery, { fetchPolicy: 'cache-and-network' });
  return data?.today;
}
