import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { REASON_NAMES } from '@helsefellesskap/error-reasons';
import { describe, expect, it } from 'vitest';

import { supportedLanguages } from '../../app/i18n';
import { refusalTexts, translatedInputErrors } from '../graphql-errors';
import type { Formatters } from '../use-formatters';
import { translateReason } from './index';

const format: Formatters = {
  integer: String,
  kroner: String,
  percent: String,
  date: (isoDate) => `date(${isoDate})`,
  dateTime: (isoDateTime) => `dateTime(${isoDateTime})`,
};

/** Params a translation may read, whatever their names: every name answers a plausible value. */
const anyParams = new Proxy<Record<string, unknown>>({}, { get: (_target, name) => (name === 'entity' ? 'organ' : '2026-01-01') });

describe('the translations of refusals', () => {
  it.each(supportedLanguages)('has a text in %s for every reason the API can give', (language) => {
    const missing = REASON_NAMES.filter((reason) => !translateReason(language, reason, anyParams, format)?.trim());
    expect(missing).toEqual([]);
  });

  it('translates by reason and params, never showing the server’s English message', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'No organ with id x.', extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { entity: 'organ', id: 'x' } } },
        { message: 'Something English', extensions: { code: 'CONFLICT' } },
        { message: 'Unheard of', extensions: { code: 'FORBIDDEN', reason: 'A_REASON_FROM_THE_FUTURE', params: {} } },
      ],
    });
    const translate = (reason: unknown, params: unknown) => translateReason('nb', reason, params, format);
    expect(refusalTexts(error, translate)).toEqual([
      'Fant ikke organet. Den kan være slettet, eller du har ikke tilgang.',
      'Noen andre endret dette samtidig. Last inn siden på nytt og prøv igjen.',
      'Rollene dine gir ikke tilgang til dette.',
    ]);
    expect(refusalTexts(error, translate, ['CONFLICT'])).toHaveLength(1);
  });

  it('puts each broken field rule beside its field, in the user’s language', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'name: must be at most 200 characters; members[0].population: must not be less than 0',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_INPUT',
            fields: [
              { field: 'name', message: 'must be at most 200 characters', reason: 'TOO_LONG', params: { max: 200 } },
              { field: 'members[0].population', message: 'x', reason: 'TOO_SMALL', params: { min: 0 } },
            ],
          },
        },
        { message: 'endsOn: x', extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_DATE', params: {}, field: 'input.endsOn' } },
      ],
    });
    const translate = (reason: unknown, params: unknown) => translateReason('en', reason, params, format);
    expect(translatedInputErrors(error, translate)).toEqual({
      fields: { name: 'At most 200 characters.', population: 'Must be at least 0.', endsOn: 'Must be a valid date.' },
      other: [],
    });
  });
});
