import { describe, expect, it } from 'vitest';

import { buildFreezeInput, checkCommentary } from './report-input';

describe('buildFreezeInput', () => {
  it('attaches the report to the trimmed case', () => {
    expect(buildFreezeInput('  SSU sak 05/2025 ', 'plan', 2024)).toEqual({
      ok: true,
      input: { planId: 'plan', year: 2024, caseReference: 'SSU sak 05/2025' },
    });
  });

  it('requires a case of at most 200 characters', () => {
    expect(buildFreezeInput('  ', 'plan', 2024)).toEqual({ ok: false, problem: 'caseRequired' });
    expect(buildFreezeInput('x'.repeat(201), 'plan', 2024)).toEqual({ ok: false, problem: 'caseTooLong' });
  });
});

describe('checkCommentary', () => {
  it('trims the commentary and allows it empty', () => {
    expect(checkCommentary('  Godt i gang. \n')).toEqual({ ok: true, commentary: 'Godt i gang.' });
    expect(checkCommentary('')).toEqual({ ok: true, commentary: '' });
  });

  it("refuses more than the package's limit", () => {
    expect(checkCommentary('x'.repeat(20_001))).toEqual({ ok: false, problem: 'tooLong' });
  });
});
