import { z } from 'zod';

import { assertIsoDates, compareIsoDates, toDayNumber } from '@helsefellesskap/calendar';
import { type Locale, type StatusLevel, worstActiveStatus } from './status.js';

/**
 * Why a measure's effective status differs from (or stands in for) what was reported. Kept in the report
 * next to the status so the UI and the exported document can explain a colour nobody chose by hand.
 */
export const MEASURE_STATUS_REASONS = ['PAST_END_DATE', 'NO_REPORT', 'BEFORE_START_DATE', 'FULL_PROGRESS'] as const;
export type MeasureStatusReason = (typeof MEASURE_STATUS_REASONS)[number];

export const measureStatusReasonSchema = z.enum(MEASURE_STATUS_REASONS);

export const measureStatusReasonLabels = {
  nb: {
    PAST_END_DATE: 'Sluttdatoen er passert uten at tiltaket er fullført.',
    NO_REPORT: 'Ingen har rapportert status for tiltaket.',
    BEFORE_START_DATE: 'Tiltaket har ikke nådd startdatoen.',
    FULL_PROGRESS: 'Fremdriften er 100 %.',
  },
  en: {
    PAST_END_DATE: 'The end date has passed and the measure is not completed.',
    NO_REPORT: 'Nobody has reported a status for the measure.',
    BEFORE_START_DATE: 'The measure has not reached its start date.',
    FULL_PROGRESS: 'Progress is 100%.',
  },
} as const satisfies Record<Locale, Record<MeasureStatusReason, string>>;

export interface MeasureStatusInput {
  /** The latest status someone reported, or null when nobody has. */
  reported: StatusLevel | null;
  startsOn: string | null;
  endsOn: string | null;
  /** Percent, 0..100. */
  progress: number | null;
  /** The day the status is judged on, usually the report's cut-off date. */
  asOf: string;
}

export interface MeasureStatusResult {
  status: StatusLevel;
  /** null when the status is exactly what was reported. */
  reason: MeasureStatusReason | null;
}

/**
 * The status a measure is shown with. The reported status wins, except that a measure whose end date has
 * passed without being completed or cancelled is DELAYED whatever was reported: "on track" after the
 * deadline is not a state the partnership meeting should be shown. Dates are inclusive: on its end date a
 * measure is still within time, on its start date it has started.
 */
export function effectiveMeasureStatus(input: MeasureStatusInput): MeasureStatusResult {
  const { reported, startsOn, endsOn, progress, asOf } = input;
  assertIsoDates(asOf, startsOn, endsOn);

  if (reported === 'CANCELLED' || reported === 'COMPLETED') {
    return { status: reported, reason: null };
  }
  if (reported === null && progress !== null && progress >= 100) {
    return { status: 'COMPLETED', reason: 'FULL_PROGRESS' };
  }
  if (endsOn !== null && compareIsoDates(asOf, endsOn) > 0) {
    // Past the end date every unfinished level becomes DELAYED, AT_RISK included: the risk has materialised.
    return reported === 'DELAYED' ? { status: 'DELAYED', reason: null } : { status: 'DELAYED', reason: 'PAST_END_DATE' };
  }
  if (reported !== null) {
    return { status: reported, reason: null };
  }
  if (startsOn !== null) {
    return compareIsoDates(asOf, startsOn) < 0
      ? { status: 'NOT_STARTED', reason: 'BEFORE_START_DATE' }
      : { status: 'AT_RISK', reason: 'NO_REPORT' };
  }
  // No start date: recorded progress is the only sign that work has begun.
  return progress !== null && progress > 0 ? { status: 'AT_RISK', reason: 'NO_REPORT' } : { status: 'NOT_STARTED', reason: 'NO_REPORT' };
}

export interface TargetStatusInput {
  baseline: number | null;
  targetValue: number | null;
  latestValue: number | null;
  dueDate: string | null;
  asOf: string;
  /** When the work towards the target began; without it the pace cannot be judged. */
  startsOn?: string | null;
}

/**
 * A target's status from its indicator values. The direction is read from baseline to target value, so a
 * target to bring waiting time down from 30 to 20 days is reached at 20 or below. Progress is judged
 * against elapsed time: half the time gone needs at least half the distance covered.
 */
export function targetStatus(input: TargetStatusInput): StatusLevel {
  const { baseline, targetValue, latestValue, dueDate, asOf, startsOn = null } = input;
  assertIsoDates(asOf, dueDate, startsOn);

  if (latestValue !== null && targetValue !== null && isReached(baseline, targetValue, latestValue)) {
    return 'COMPLETED';
  }
  if (dueDate !== null && compareIsoDates(asOf, dueDate) > 0) {
    return 'DELAYED';
  }
  if (latestValue === null) {
    return 'NOT_STARTED';
  }
  const progress = progressFraction(baseline, targetValue, latestValue);
  const elapsed = elapsedFraction(startsOn, dueDate, asOf);
  // Without the numbers to compare pace, we do not accuse a target of being at risk.
  if (progress === null || elapsed === null) {
    return 'ON_TRACK';
  }
  return progress >= elapsed ? 'ON_TRACK' : 'AT_RISK';
}

function isReached(baseline: number | null, targetValue: number, latestValue: number): boolean {
  const direction = baseline === null ? 0 : Math.sign(targetValue - baseline);
  if (direction > 0) {
    return latestValue >= targetValue;
  }
  if (direction < 0) {
    return latestValue <= targetValue;
  }
  // Unknown direction (no baseline) or a target to hold a level: only the exact value counts.
  return latestValue === targetValue;
}

/** Share of the distance from baseline to target covered; negative when the value moved the wrong way. */
function progressFraction(baseline: number | null, targetValue: number | null, latestValue: number): number | null {
  if (baseline === null || targetValue === null || targetValue === baseline) {
    return null;
  }
  return (latestValue - baseline) / (targetValue - baseline);
}

/** Share of the time from start to due date that has passed, clamped to 0..1. */
function elapsedFraction(startsOn: string | null, dueDate: string | null, asOf: string): number | null {
  if (startsOn === null || dueDate === null) {
    return null;
  }
  const start = toDayNumber(startsOn);
  const total = toDayNumber(dueDate) - start;
  if (total <= 0) {
    return null;
  }
  return Math.min(1, Math.max(0, (toDayNumber(asOf) - start) / total));
}

/**
 * A focus area's status from its measures' (and targets') statuses: the worst active one. Completed and
 * cancelled items are set aside so finished work neither hides nor causes trouble; when only finished
 * items remain, the area is COMPLETED unless every item was cancelled.
 */
export function focusAreaStatus(statuses: readonly StatusLevel[]): StatusLevel {
  if (statuses.length === 0) {
    return 'NOT_STARTED';
  }
  const worst = worstActiveStatus(statuses);
  if (worst !== null) {
    return worst;
  }
  return statuses.every((status) => status === 'CANCELLED') ? 'CANCELLED' : 'COMPLETED';
}
