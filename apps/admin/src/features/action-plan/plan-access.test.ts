import { describe, expect, it } from 'vitest';

import { canFreezeReport, canReadInternal, canRecordIndicator, canReportOnMeasure, canWriteCommentary } from './plan-access';

const lofoten = 'lofoten';
const helgeland = 'helgeland';
const secretariat = { id: 'sekretariat', roles: [{ role: 'SECRETARIAT' as const, communityId: lofoten }] };
const ssu = { id: 'ssu', roles: [{ role: 'SSU_MEMBER' as const, communityId: lofoten }] };
const analyst = { id: 'analytiker', roles: [{ role: 'ANALYST' as const, communityId: lofoten }] };
const otherAnalyst = { id: 'analytiker-helgeland', roles: [{ role: 'ANALYST' as const, communityId: helgeland }] };
const national = { id: 'nasjonal', roles: [{ role: 'NATIONAL_ANALYST' as const, communityId: null }] };

describe('canReadInternal', () => {
  it('is for every role held in the community, not the public, other communities or national analysts', () => {
    expect(canReadInternal(secretariat, lofoten)).toBe(true);
    expect(canReadInternal(ssu, lofoten)).toBe(true);
    expect(canReadInternal(analyst, lofoten)).toBe(true);
    expect(canReadInternal(otherAnalyst, lofoten)).toBe(false);
    expect(canReadInternal(national, lofoten)).toBe(false);
    expect(canReadInternal(undefined, lofoten)).toBe(false);
  });
});

describe('canReportOnMeasure', () => {
  it('lets the secretariat report on any measure and an SSU member on the measures they report on', () => {
    expect(canReportOnMeasure(secretariat, lofoten, 'someone-else')).toBe(true);
    expect(canReportOnMeasure(secretariat, lofoten, null)).toBe(true);
    expect(canReportOnMeasure(ssu, lofoten, 'ssu')).toBe(true);
    expect(canReportOnMeasure(ssu, lofoten, 'someone-else')).toBe(false);
    expect(canReportOnMeasure(ssu, lofoten, null)).toBe(false);
    expect(canReportOnMeasure(ssu, helgeland, 'ssu')).toBe(false);
    expect(canReportOnMeasure(analyst, lofoten, 'analytiker')).toBe(false);
    expect(canReportOnMeasure(undefined, lofoten, 'ssu')).toBe(false);
  });
});

describe('the secretariat-only and SSU actions', () => {
  it('lets the secretariat record indicator values and freeze reports', () => {
    expect(canRecordIndicator(secretariat, lofoten)).toBe(true);
    expect(canRecordIndicator(ssu, lofoten)).toBe(false);
    expect(canFreezeReport(secretariat, lofoten)).toBe(true);
    expect(canFreezeReport(ssu, lofoten)).toBe(false);
    expect(canFreezeReport(secretariat, helgeland)).toBe(false);
  });

  it('lets the secretariat and SSU members write the commentary', () => {
    expect(canWriteCommentary(secretariat, lofoten)).toBe(true);
    expect(canWriteCommentary(ssu, lofoten)).toBe(true);
    expect(canWriteCommentary(analyst, lofoten)).toBe(false);
    expect(canWriteCommentary(undefined, lofoten)).toBe(false);
  });
});
