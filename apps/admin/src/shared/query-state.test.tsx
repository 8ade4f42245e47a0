import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { renderWithI18n } from '../test/render';
import { errorMessages, isRetryable, QueryError } from './query-state';

afterEach(cleanup);

const notFound = new CombinedGraphQLErrors({
  data: null,
  errors: [{ message: 'No community with id x.', extensions: { code: 'NOT_FOUND' } }],
});
const serverError = new ServerError('Internal Server Error', {
  response: new Response('', { status: 500 }),
  bodyText: '',
});

describe('errorMessages', () => {
  it('returns the GraphQL error messages', () => {
    expect(errorMessages(notFound)).toEqual({ messages: ['No community with id x.'], network: false });
  });

  it('classifies server and fetch failures as network problems', () => {
    expect(errorMessages(serverError).network).toBe(true);
    expect(errorMessages(new TypeError('Failed to fetch')).network).toBe(true);
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
  it('shows the GraphQL error message in an alert, without a pointless retry', () => {
    renderWithI18n(<QueryError error={notFound} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Kunne ikke hente data');
    expect(alert.textContent).toContain('No community with id x.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('explains a network problem and offers a retry', () => {
    renderWithI18n(<QueryError error={serverError} onRetry={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('Fikk ikke kontakt med tjenesten');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeDefined();
  });
});
