import { describe, expect, it } from 'vitest';

import { sameProcedure } from './organ.rules.js';

const ssu = {
  meetingsPerYear: 4,
  caseSubmissionDeadlineDays: 28,
  noticePeriodDays: null,
  noticePeriodMaxDays: null,
  extraordinaryNoticeDays: 7,
  protocolDeadlineDays: 7,
  minutesObjectionPeriodDays: 4,
  decisionRule: 'CONSENSUS',
} as const;

describe('the same rules of procedure', () => {
  it('holds for versions with equal rules, whatever their organ and date', () => {
    expect(sameProcedure({ ...ssu }, { ...ssu })).toBe(true);
  });

  it('does not hold when one rule differs, a rule is set on one side only, or the decision rule differs', () => {
    expect(sameProcedure(ssu, { ...ssu, meetingsPerYear: 6 })).toBe(false);
    expect(sameProcedure(ssu, { ...ssu, noticePeriodDays: 14 })).toBe(false);
    expect(sameProcedure(ssu, { ...ssu, decisionRule: 'VOTE' })).toBe(false);
  });
});
