import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { errorCodes, hasErrorCode, refusalTexts, translatedInputErrors, type TranslateReason } from './graphql-errors';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

/** A translator that knows a few reasons, as the real one knows all. */
const translate: TranslateReason = (reason, params) => {
  const known: Partial<Record<string, string>> = {
    WRONG_CREDENTIALS: 'Feil e-post eller passord.',
    NOT_AN_EMAIL: 'Må være en e-postadresse.',
    TOO_LONG: `Kan ha høyst ${typeof params === 'object' && params && 'max' in params ? String(params.max) : '?'} tegn.`,
    INVALID_VALUE: 'Verdien er ikke gyldig.',
    CONCURRENT_CHANGE: 'Noen andre endret dette samtidig.',
    INTERNAL: 'Noe gikk galt.',
  };
  return typeof reason === 'string' ? known[reason] : undefined;
};

describe('errorCodes', () => {
  it('lists the codes of the GraphQL errors and none for other failures', () => {
    const error = graphQLErrors({ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }, { message: 'Boom' });
    expect(errorCodes(error)).toEqual(['UNAUTHENTICATED']);
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
    const serverError = new ServerError('Bad Gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(errorCodes(serverError)).toEqual([]);
  });
});

describe('refusalTexts', () => {
  it('translates the refusals of the given codes by reason, falling back to the code’s general reason', () => {
    const error = graphQLErrors(
      { message: 'Wrong e-mail or password.', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS', params: {} } },
      { message: 'English only', extensions: { code: 'CONFLICT' } },
    );
    expect(refusalTexts(error, translate, ['UNAUTHENTICATED'])).toEqual(['Feil e-post eller passord.']);
    expect(refusalTexts(error, translate)).toEqual(['Feil e-post eller passord.', 'Noen andre endret dette samtidig.']);
  });

  it('never shows the server’s sentence, even for an error it cannot place', () => {
    expect(refusalTexts(graphQLErrors({ message: 'relation x does not exist' }), translate)).toEqual(['Noe gikk galt.']);
  });
});

describe('translatedInputErrors', () => {
  it('puts each rule of extensions.fields at its field, by the field’s own name', () => {
    const error = graphQLErrors({
      message: 'input.email: must be an email; input.name: must be shorter',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        field: 'input.email',
        fields: [
          { field: 'input.email', message: 'x', reason: 'NOT_AN_EMAIL', params: {} },
          { field: 'input.members[0].name', message: 'x', reason: 'TOO_LONG', params: { max: 200 } },
        ],
      },
    });
    expect(translatedInputErrors(error, translate)).toEqual({
      fields: { email: 'Må være en e-postadresse.', name: 'Kan ha høyst 200 tegn.' },
      other: [],
    });
  });

  it('uses extensions.field of a rule the service checks, and lists refusals that name no field', () => {
    const error = graphQLErrors(
      {
        message: 'endsOn: must not be before startsOn',
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', params: {}, field: 'endsOn' },
      },
      { message: 'Something', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', params: {} } },
    );
    expect(translatedInputErrors(error, translate)).toEqual({
      fields: { endsOn: 'Verdien er ikke gyldig.' },
      other: ['Verdien er ikke gyldig.'],
    });
  });

  it('is undefined when no error is about the input', () => {
    expect(translatedInputErrors(graphQLErrors({ message: 'x', extensions: { code: 'CONFLICT' } }), translate)).toBeUndefined();
    expect(translatedInputErrors(new Error('network'), translate)).toBeUndefined();
  });
});
