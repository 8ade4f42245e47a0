import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { checkFollowUp, isPartnerOn, normaliseFollowUp, type FollowUpValues } from './follow-up.rules.js';

const decision = { decidedOn: '2022-06-15' };
const today = '2022-10-01';
const values = (overrides: Partial<FollowUpValues>): FollowUpValues => ({
  status: 'IN_PROGRESS',
  localReference: null,
  localDate: null,
  note: null,
  ...overrides,
});
const reasonOf = (work: () => void): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.reason : 'not an AppError';
  }
};

describe('checkFollowUp', () => {
  it("accepts Rødøy's adoption in its kommunestyre between the decision and today", () => {
    expect(
      reasonOf(() =>
        checkFollowUp(values({ status: 'ADOPTED', localReference: 'K-sak 61/2022', localDate: '2022-09-28' }), decision, today),
      ),
    ).toBeUndefined();
  });

  it('accepts the decision day and today as local dates', () => {
    expect(reasonOf(() => checkFollowUp(values({ localDate: '2022-06-15' }), decision, today))).toBeUndefined();
    expect(reasonOf(() => checkFollowUp(values({ localDate: today }), decision, today))).toBeUndefined();
  });

  it('refuses a local date before the decision or after today', () => {
    expect(reasonOf(() => checkFollowUp(values({ localDate: '2022-06-14' }), decision, today))).toBe('LOCAL_DATE_BEFORE_DECISION');
    expect(reasonOf(() => checkFollowUp(values({ localDate: '2022-10-02' }), decision, today))).toBe('LOCAL_DATE_IN_FUTURE');
  });

  it('asks an adoption or a refusal for the local reference and date, but not work in progress', () => {
    expect(reasonOf(() => checkFollowUp(values({ status: 'DECLINED', localDate: '2022-09-01' }), decision, today))).toBe(
      'FOLLOW_UP_NEEDS_LOCAL_REFERENCE',
    );
    expect(reasonOf(() => checkFollowUp(values({ status: 'ADOPTED', localReference: 'K-sak 1/2022' }), decision, today))).toBe(
      'FOLLOW_UP_NEEDS_LOCAL_DATE',
    );
    expect(reasonOf(() => checkFollowUp(values({ status: 'IN_PROGRESS' }), decision, today))).toBeUndefined();
  });
});

describe('normaliseFollowUp', () => {
  it('stores blank text as none and trims the rest', () => {
    expect(normaliseFollowUp(values({ localReference: '  K-sak 61/2022 ', note: '   ' }))).toMatchObject({
      localReference: 'K-sak 61/2022',
      note: null,
    });
  });
});

describe('isPartnerOn', () => {
  it('counts the day a partner joins and its last day', () => {
    expect(isPartnerOn({ joinedOn: '2022-06-15', leftOn: null }, '2022-06-15')).toBe(true);
    expect(isPartnerOn({ joinedOn: '2022-06-16', leftOn: null }, '2022-06-15')).toBe(false);
    expect(isPartnerOn({ joinedOn: null, leftOn: '2022-06-15' }, '2022-06-15')).toBe(true);
    expect(isPartnerOn({ joinedOn: null, leftOn: '2022-06-14' }, '2022-06-15')).toBe(false);
  });
});
