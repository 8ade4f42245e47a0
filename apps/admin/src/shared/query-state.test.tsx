import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithI18n } from '../test/render';
import { isNetworkFailure, isRetryable, QueryError } from './query-state';

afterEach(cleanup);

const notFound = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'No community with id x.',
      extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { entity: 'community', id: 'x' } },
    },
  ],
});
const serverError = new ServerError('Internal Server Error', {
  response: new Response('', { status: 500 }),
  bodyText: '',
});

describe('isNetworkFailure', () => {
  it('classifies server and fetch failures as network problems, and an answer from the API as none', () => {
    expect(isNetworkFailure(serverError)).toBe(true);
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkFailure(notFound)).toBe(false);
  });
});

describe('isRetryable', () => {
  it('does not offer a retry when the answer would be the same', () => {
    expect(isRetryable(notFound)).toBe(false);
  });

  it('offers a retry for network problems and unknown codes', () => {
    expect(isRetryable(serverError)).toBe(true);
    const internal = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Boom' }] });
    expect(isRetryable(internal)).toBe(true);
  });
});

describe('QueryError', () => {
  it('shows the refusal in Norwegian in an alert, without a pointless retry', () => {
    renderWithI18n(<QueryError error={notFound} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Kunne ikke hente data');
    expect(alert.textContent).toContain('Fant ikke helsefellesskapet.');
    expect(alert.textContent).not.toContain('No community');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('explains a network problem and offers a retry', () => {
    renderWithI18n(<QueryError error={serverError} onRetry={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('Fikk ikke kontakt med tjenesten');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeDefined();
  });

  it('offers to sign in, coming back here, when the API wants a signed-in user', () => {
    const unauthenticated = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
    const refetchQueries = vi.spyOn(client, 'refetchQueries');
    // This client has no Session query for Apollo to refetch, which it would warn about.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderWithI18n(
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={['/communities/x/audit']}>
          <QueryError error={unauthenticated} onRetry={() => undefined} />
        </MemoryRouter>
      </ApolloProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Du må logge inn');
    expect(screen.getByRole('link', { name: 'Logg inn' }).getAttribute('href')).toBe('/sign-in?returnTo=%2Fcommunities%2Fx%2Faudit');
    expect(screen.queryByRole('button')).toBeNull();
    // The header may still show a session that has ended: it is asked for again.
    expect(refetchQueries).toHaveBeenCalledWith({ include: ['Session'] });
  });

  it('says so when the roles do not give access', () => {
    const forbidden = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Your roles do not allow this.', extensions: { code: 'FORBIDDEN' } }],
    });
    renderWithI18n(<QueryError error={forbidden} />);
    expect(screen.getByRole('alert').textContent).toContain('Du har ikke tilgang');
  });
});
