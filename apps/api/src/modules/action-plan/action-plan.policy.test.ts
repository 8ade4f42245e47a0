import { describe, expect, it } from 'vitest';
import { PUBLIC_CALLER, type Caller } from '../auth/caller.js';
import type { Role } from '../auth/permissions.js';
import {
  mayFreezeReport,
  mayPostMeasureStatus,
  mayReadPlan,
  mayReadReport,
  mayReadReporters,
  mayWriteForFocusArea,
} from './action-plan.policy.js';

const lofoten = 'lofoten';
const user = (userId: string, role: Role, communityId: string | null = lofoten): Caller => ({
  kind: 'user',
  userId,
  email: `${userId}@test.example`,
  name: userId,
  grants: [{ role, communityId, regionalCouncilId: null, partnerId: null }],
});
const secretariat = user('secretariat', 'SECRETARIAT');
const reporter = user('reporter', 'SSU_MEMBER');
const coReporter = user('co-reporter', 'SSU_MEMBER');
const otherMember = user('other-member', 'SSU_MEMBER');
const analyst = user('analyst', 'ANALYST');
const otherSecretariat = user('other-secretariat', 'SECRETARIAT', 'helgeland');
const national = user('national', 'NATIONAL_ANALYST', null);
const measure = { communityId: lofoten, reporterUserIds: ['co-reporter', 'reporter'] };

describe('action plan policy', () => {
  it('shows a draft plan to the community only, and every other plan to anyone', () => {
    const draft = { communityId: lofoten, status: 'DRAFT' as const };
    expect([secretariat, reporter, analyst].map((caller) => mayReadPlan(caller, draft))).toEqual([true, true, true]);
    expect([PUBLIC_CALLER, otherSecretariat, national].map((caller) => mayReadPlan(caller, draft))).toEqual([false, false, false]);
    expect(mayReadPlan(PUBLIC_CALLER, { communityId: lofoten, status: 'ADOPTED' })).toBe(true);
  });

  it('shows a frozen report to anyone and a draft to the community only', () => {
    const plan = { communityId: lofoten, status: 'ADOPTED' as const };
    expect(mayReadReport(PUBLIC_CALLER, plan, { frozenAt: new Date() })).toBe(true);
    expect(mayReadReport(PUBLIC_CALLER, plan, { frozenAt: null })).toBe(false);
    expect(mayReadReport(national, plan, null)).toBe(false);
    expect(mayReadReport(analyst, plan, null)).toBe(true);
  });

  it("shows who reports on a measure to the community's internal readers only", () => {
    expect(mayReadReporters(analyst, lofoten)).toBe(true);
    expect(mayReadReporters(PUBLIC_CALLER, lofoten)).toBe(false);
    expect(mayReadReporters(otherSecretariat, lofoten)).toBe(false);
  });

  it('lets each of the reporters and the secretariat post a measure’s status, nobody else', () => {
    expect(mayPostMeasureStatus(reporter, measure)).toBe(true);
    expect(mayPostMeasureStatus(coReporter, measure)).toBe(true);
    expect(mayPostMeasureStatus(coReporter, { ...measure, reporterUserIds: ['reporter'] })).toBe(false);
    expect(mayPostMeasureStatus(secretariat, measure)).toBe(true);
    expect(mayPostMeasureStatus(otherMember, measure)).toBe(false);
    expect(mayPostMeasureStatus(analyst, { ...measure, reporterUserIds: ['analyst'] })).toBe(false);
    expect(mayPostMeasureStatus(otherSecretariat, measure)).toBe(false);
  });

  it('lets a member write in a focus area only where they report on a measure', () => {
    expect(mayWriteForFocusArea(reporter, lofoten, [measure])).toBe(true);
    expect(mayWriteForFocusArea(reporter, lofoten, [])).toBe(false);
    expect(mayWriteForFocusArea(otherMember, lofoten, [measure])).toBe(false);
    expect(mayWriteForFocusArea(secretariat, lofoten, [])).toBe(true);
    expect(mayWriteForFocusArea(otherSecretariat, lofoten, [])).toBe(false);
  });

  it('lets the secretariat of the community freeze a report', () => {
    expect(mayFreezeReport(secretariat, lofoten)).toBe(true);
    expect(mayFreezeReport(reporter, lofoten)).toBe(false);
    expect(mayFreezeReport(otherSecretariat, lofoten)).toBe(false);
  });
});
