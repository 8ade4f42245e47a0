import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { errorCodes, hasErrorCode, inputErrors, messagesWithCode } from './graphql-errors';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('errorCodes', () => {
  it('lists the codes of the GraphQL errors and none for other failures', () => {
    const error = graphQLErrors({ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }, { message: 'Boom' });
    expect(errorCodes(error)).toEqual(['UNAUTHENTICATED']);
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
    const serverError = new ServerError('Bad Gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(errorCodes(serverError)).toEqual([]);
  });

  it('picks the messages of one code', () => {
    const error = graphQLErrors(
      { message: 'Too many failed sign-ins. Try again in 15 minutes.', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'other', extensions: { code: 'CONFLICT' } },
    );
    expect(messagesWithCode(error, 'UNAUTHENTICATED')).toEqual(['Too many failed sign-ins. Try again in 15 minutes.']);
  });
});

describe('inputErrors', () => {
  it('uses extensions.field and drops the field name from the message', () => {
    const error = graphQLErrors({
      message: 'regionalCouncilId: is not a regional council of this community',
      extensions: { code: 'BAD_USER_INPUT', field: 'regionalCouncilId' },
    });
    expect(inputErrors(error)).toEqual({ fields: { regionalCouncilId: 'is not a regional council of this community' }, other: [] });
  });

  it('splits a validation message that names several fields', () => {
    const error = graphQLErrors({
      message: 'email: must be an e-mail address; input.name: must not be empty; something went wrong',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(inputErrors(error)).toEqual({
      fields: { email: 'must be an e-mail address', name: 'must not be empty' },
      other: ['something went wrong'],
    });
  });

  it('uses extensions.fields when validation names several fields (field only names the first)', () => {
    const error = graphQLErrors({
      message: 'newPerson.email: must be an e-mail address; decisionReference: must not be empty',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'newPerson.email',
        fields: [
          { field: 'newPerson.email', message: 'must be an e-mail address' },
          { field: 'decisionReference', message: 'must not be empty' },
        ],
      },
    });
    expect(inputErrors(error)).toEqual({
      fields: { email: 'must be an e-mail address', decisionReference: 'must not be empty' },
      other: [],
    });
  });

  it('is undefined when no error is about the input', () => {
    expect(inputErrors(graphQLErrors({ message: 'x', extensions: { code: 'CONFLICT' } }))).toBeUndefined();
    expect(inputErrors(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
