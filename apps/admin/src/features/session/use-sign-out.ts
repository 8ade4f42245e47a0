import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';

import { graphql } from '../../gql';
import { mainContentId } from '../../shared/main-content';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Ends the session, forgets everything loaded for the user (the active queries load again, now as
 * the public) and goes to the front page.
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOutMutation, { loading }] = useMutation(SignOutMutation);
  const signOut = async () => {
    try {
      await signOutMutation();
    } catch {
      // The cookie may survive a failed call; the reset below asks the API who we are, so the
      // header keeps telling the truth.
    }
    try {
      await client.resetStore();
    } catch {
      // A query that fails now shows its own error.
    }
    await navigate('/');
    // Focus would stay on the sign-out button, which is gone now.
    document.getElementById(mainContentId)?.focus();
  };
  return { signOut, signingOut: loading };
}
