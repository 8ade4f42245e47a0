import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { savedMeanwhile } from './commentary-conflict';

const refused = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Someone saved meanwhile.', extensions }] });

describe('savedMeanwhile', () => {
  it('gives the text and version another writer saved', () => {
    const error = refused({
      code: 'CONFLICT',
      reason: 'COMMENTARY_CHANGED',
      params: { focusAreaNumber: 2, currentVersion: 3, currentText: 'Deres tekst.' },
    });
    expect(savedMeanwhile(error)).toEqual({ text: 'Deres tekst.', version: 3 });
  });

  it('gives nothing for other refusals, malformed params or other errors', () => {
    expect(savedMeanwhile(refused({ code: 'CONFLICT', reason: 'COMMENTARY_REPORT_FROZEN', params: { year: 2024 } }))).toBeUndefined();
    expect(savedMeanwhile(refused({ code: 'CONFLICT', reason: 'COMMENTARY_CHANGED', params: { currentVersion: '3' } }))).toBeUndefined();
    expect(savedMeanwhile(new Error('offline'))).toBeUndefined();
  });
});
