import { describe, expect, it } from 'vitest';

import {
  MEASURE_STATUS_REASONS,
  type MeasureStatusInput,
  effectiveMeasureStatus,
  focusAreaStatus,
  measureStatusReasonLabels,
  targetStatus,
  type TargetStatusInput,
} from './derive.js';

/** A measure running through 2024, judged mid-year, unless a test says otherwise. */
function measure(overrides: Partial<MeasureStatusInput>): MeasureStatusInput {
  return { reported: null, startsOn: '2024-01-01', endsOn: '2024-12-31', progress: null, asOf: '2024-06-30', ...overrides };
}

describe('effectiveMeasureStatus', () => {
  it('keeps CANCELLED as reported when the end date has passed', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'CANCELLED', asOf: '2025-03-01' }))).toEqual({ status: 'CANCELLED', reason: null });
  });

  it('keeps COMPLETED as reported when progress is below 100 and the end date has passed', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'COMPLETED', progress: 80, asOf: '2025-03-01' }))).toEqual({
      status: 'COMPLETED',
      reason: null,
    });
  });

  it('returns COMPLETED because of full progress when progress is 100 and nobody has reported', () => {
    expect(effectiveMeasureStatus(measure({ progress: 100 }))).toEqual({ status: 'COMPLETED', reason: 'FULL_PROGRESS' });
    expect(effectiveMeasureStatus(measure({ progress: 100, asOf: '2025-03-01' }))).toEqual({
      status: 'COMPLETED',
      reason: 'FULL_PROGRESS',
    });
  });

  it('keeps the reported status when progress is 100 but the reporter has not marked it completed', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'ON_TRACK', progress: 100 }))).toEqual({ status: 'ON_TRACK', reason: null });
  });

  it('returns DELAYED because of the end date when a measure past its end date is reported ON_TRACK', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'ON_TRACK', progress: 60, asOf: '2025-01-01' }))).toEqual({
      status: 'DELAYED',
      reason: 'PAST_END_DATE',
    });
  });

  it('returns DELAYED because of the end date when a measure past its end date is reported NOT_STARTED', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'NOT_STARTED', asOf: '2025-01-01' }))).toEqual({
      status: 'DELAYED',
      reason: 'PAST_END_DATE',
    });
  });

  it('returns DELAYED because of the end date when a measure past its end date is reported AT_RISK', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'AT_RISK', asOf: '2025-01-01' }))).toEqual({
      status: 'DELAYED',
      reason: 'PAST_END_DATE',
    });
  });

  it('returns DELAYED because of the end date when a measure past its end date has no report', () => {
    expect(effectiveMeasureStatus(measure({ asOf: '2025-01-01' }))).toEqual({ status: 'DELAYED', reason: 'PAST_END_DATE' });
  });

  it('keeps DELAYED as reported, without a reason, when the end date has passed', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'DELAYED', asOf: '2025-01-01' }))).toEqual({ status: 'DELAYED', reason: null });
  });

  it('treats a measure as within time when judged on its end date', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'ON_TRACK', asOf: '2024-12-31' }))).toEqual({ status: 'ON_TRACK', reason: null });
  });

  it('keeps the reported status when the measure is within its dates', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'ON_TRACK' }))).toEqual({ status: 'ON_TRACK', reason: null });
    expect(effectiveMeasureStatus(measure({ reported: 'AT_RISK' }))).toEqual({ status: 'AT_RISK', reason: null });
    expect(effectiveMeasureStatus(measure({ reported: 'DELAYED' }))).toEqual({ status: 'DELAYED', reason: null });
  });

  it('keeps NOT_STARTED as reported when the start date has passed but the end date has not', () => {
    expect(effectiveMeasureStatus(measure({ reported: 'NOT_STARTED' }))).toEqual({ status: 'NOT_STARTED', reason: null });
  });

  it('returns NOT_STARTED because of the start date when nobody has reported before the start date', () => {
    expect(effectiveMeasureStatus(measure({ asOf: '2023-12-31' }))).toEqual({ status: 'NOT_STARTED', reason: 'BEFORE_START_DATE' });
  });

  it('returns AT_RISK because nobody has reported when the measure has started', () => {
    expect(effectiveMeasureStatus(measure({}))).toEqual({ status: 'AT_RISK', reason: 'NO_REPORT' });
  });

  it('treats a measure as started when judged on its start date', () => {
    expect(effectiveMeasureStatus(measure({ asOf: '2024-01-01' }))).toEqual({ status: 'AT_RISK', reason: 'NO_REPORT' });
  });

  it('returns NOT_STARTED because nobody has reported when there is no start date and no progress', () => {
    expect(effectiveMeasureStatus(measure({ startsOn: null, endsOn: null }))).toEqual({ status: 'NOT_STARTED', reason: 'NO_REPORT' });
    expect(effectiveMeasureStatus(measure({ startsOn: null, endsOn: null, progress: 0 }))).toEqual({
      status: 'NOT_STARTED',
      reason: 'NO_REPORT',
    });
  });

  it('returns AT_RISK because nobody has reported when there is no start date but some progress', () => {
    expect(effectiveMeasureStatus(measure({ startsOn: null, progress: 10 }))).toEqual({ status: 'AT_RISK', reason: 'NO_REPORT' });
  });

  it('throws when a date is not an ISO date, even when the rule would not need it', () => {
    expect(() => effectiveMeasureStatus(measure({ asOf: '30.06.2024' }))).toThrow(RangeError);
    expect(() => effectiveMeasureStatus(measure({ reported: 'CANCELLED', endsOn: '2024-02-30' }))).toThrow(RangeError);
  });
});

describe('measureStatusReasonLabels', () => {
  it('explains every reason in Norwegian bokmål and English', () => {
    for (const reason of MEASURE_STATUS_REASONS) {
      expect(measureStatusReasonLabels.nb[reason]).toMatch(/\.$/);
      expect(measureStatusReasonLabels.en[reason]).toMatch(/\.$/);
    }
    expect(measureStatusReasonLabels.nb.PAST_END_DATE).toBe('Sluttdatoen er passert uten at tiltaket er fullført.');
  });
});

/** Waiting time from 30 days down to 20 by the end of 2024, work started at the start of 2023. */
function waitingTime(overrides: Partial<TargetStatusInput>): TargetStatusInput {
  return {
    baseline: 30,
    targetValue: 20,
    latestValue: null,
    dueDate: '2024-12-31',
    asOf: '2024-01-01',
    startsOn: '2023-01-01',
    ...overrides,
  };
}

describe('targetStatus', () => {
  it('returns COMPLETED when a decreasing target (waiting days 30 to 20) is passed at 19', () => {
    expect(targetStatus(waitingTime({ latestValue: 19 }))).toBe('COMPLETED');
  });

  it('returns COMPLETED when a decreasing target is met exactly', () => {
    expect(targetStatus(waitingTime({ latestValue: 20 }))).toBe('COMPLETED');
  });

  it('does not return COMPLETED when a decreasing target is one short', () => {
    expect(targetStatus(waitingTime({ latestValue: 21 }))).not.toBe('COMPLETED');
  });

  it('returns COMPLETED when an increasing target is met or passed', () => {
    const coverage = { baseline: 40, targetValue: 75, dueDate: '2024-12-31', asOf: '2024-06-30' };
    expect(targetStatus({ ...coverage, latestValue: 75 })).toBe('COMPLETED');
    expect(targetStatus({ ...coverage, latestValue: 80 })).toBe('COMPLETED');
    expect(targetStatus({ ...coverage, latestValue: 74 })).toBe('ON_TRACK');
  });

  it('returns COMPLETED when the target is reached after its due date', () => {
    expect(targetStatus(waitingTime({ latestValue: 18, asOf: '2025-02-01' }))).toBe('COMPLETED');
  });

  it('returns DELAYED when the due date has passed and the target is not reached', () => {
    expect(targetStatus(waitingTime({ latestValue: 22, asOf: '2025-01-01' }))).toBe('DELAYED');
  });

  it('returns DELAYED when the due date has passed and there is no value', () => {
    expect(targetStatus(waitingTime({ asOf: '2025-01-01' }))).toBe('DELAYED');
  });

  it('returns NOT_STARTED when there is no value before the due date', () => {
    expect(targetStatus(waitingTime({}))).toBe('NOT_STARTED');
    expect(targetStatus(waitingTime({ asOf: '2024-12-31' }))).toBe('NOT_STARTED');
  });

  it('returns ON_TRACK when the share of distance covered keeps pace with the share of time gone', () => {
    // 2024-01-01 is 365 of 730 days in, half the time; 25 is half the way from 30 to 20.
    expect(targetStatus(waitingTime({ latestValue: 25 }))).toBe('ON_TRACK');
  });

  it('returns AT_RISK when the share of distance covered lags behind the share of time gone', () => {
    expect(targetStatus(waitingTime({ latestValue: 26 }))).toBe('AT_RISK');
    expect(targetStatus(waitingTime({ latestValue: 22, asOf: '2024-12-01' }))).toBe('AT_RISK');
  });

  it('returns AT_RISK when the value has moved away from the target', () => {
    expect(targetStatus(waitingTime({ latestValue: 33, asOf: '2023-01-01' }))).toBe('AT_RISK');
  });

  it('returns ON_TRACK when the start is unknown, so the pace cannot be judged', () => {
    expect(targetStatus(waitingTime({ latestValue: 29, startsOn: null, asOf: '2024-12-01' }))).toBe('ON_TRACK');
    expect(targetStatus({ baseline: 30, targetValue: 20, latestValue: 29, dueDate: '2024-12-31', asOf: '2024-12-01' })).toBe('ON_TRACK');
  });

  it('returns ON_TRACK when there is no due date, so the pace cannot be judged', () => {
    expect(targetStatus(waitingTime({ latestValue: 29, dueDate: null, asOf: '2030-01-01' }))).toBe('ON_TRACK');
  });

  it('judges no time as gone when asked before the start', () => {
    expect(targetStatus(waitingTime({ latestValue: 30, asOf: '2022-12-01' }))).toBe('ON_TRACK');
  });

  it('returns COMPLETED only at the exact value when the baseline is unknown', () => {
    expect(targetStatus(waitingTime({ baseline: null, latestValue: 20 }))).toBe('COMPLETED');
    expect(targetStatus(waitingTime({ baseline: null, latestValue: 19 }))).toBe('ON_TRACK');
  });

  it('never returns COMPLETED when there is no target value', () => {
    expect(targetStatus(waitingTime({ targetValue: null, latestValue: 10 }))).toBe('ON_TRACK');
    expect(targetStatus(waitingTime({ targetValue: null, latestValue: 10, asOf: '2025-01-01' }))).toBe('DELAYED');
  });

  it('returns COMPLETED when a target to hold a level is at that level', () => {
    expect(targetStatus(waitingTime({ baseline: 20, targetValue: 20, latestValue: 20 }))).toBe('COMPLETED');
    expect(targetStatus(waitingTime({ baseline: 20, targetValue: 20, latestValue: 21 }))).toBe('ON_TRACK');
  });

  it('throws when a date is not an ISO date', () => {
    expect(() => targetStatus(waitingTime({ dueDate: '31.12.2024' }))).toThrow(RangeError);
  });
});

describe('focusAreaStatus', () => {
  it('returns NOT_STARTED when there are no statuses', () => {
    expect(focusAreaStatus([])).toBe('NOT_STARTED');
  });

  it('returns the worst active status when several are active', () => {
    expect(focusAreaStatus(['ON_TRACK', 'DELAYED', 'AT_RISK'])).toBe('DELAYED');
    expect(focusAreaStatus(['ON_TRACK', 'AT_RISK', 'NOT_STARTED'])).toBe('AT_RISK');
    expect(focusAreaStatus(['NOT_STARTED', 'ON_TRACK'])).toBe('ON_TRACK');
  });

  it('is not dragged down or lifted by completed and cancelled items when active ones remain', () => {
    expect(focusAreaStatus(['COMPLETED', 'CANCELLED', 'ON_TRACK'])).toBe('ON_TRACK');
    expect(focusAreaStatus(['COMPLETED', 'COMPLETED', 'NOT_STARTED'])).toBe('NOT_STARTED');
  });

  it('returns COMPLETED when every item is completed', () => {
    expect(focusAreaStatus(['COMPLETED', 'COMPLETED'])).toBe('COMPLETED');
  });

  it('returns CANCELLED when every item is cancelled', () => {
    expect(focusAreaStatus(['CANCELLED'])).toBe('CANCELLED');
  });

  it('returns COMPLETED when every item is completed or cancelled', () => {
    expect(focusAreaStatus(['CANCELLED', 'COMPLETED'])).toBe('COMPLETED');
  });
});
