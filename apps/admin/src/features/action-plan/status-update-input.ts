import { isIsoDate } from '@helsefellesskap/calendar';
import { type StatusLevel, TEXT_LIMITS } from '@helsefellesskap/status-schema';

import type { PostStatusUpdateInput } from '../../gql/graphql';

export type StatusUpdateProblem =
  | 'statusRequired'
  | 'progressInvalid'
  | 'dateRequired'
  | 'dateInvalid'
  | 'dateFuture'
  | 'commentTooLong'
  | 'valueRequired'
  | 'valueInvalid';

export interface MeasureUpdateValues {
  status: StatusLevel | '';
  /** As typed; empty means "progress unchanged". */
  progress: string;
  reportedOn: string;
  comment: string;
}

export type MeasureUpdateField = keyof MeasureUpdateValues;
export const measureUpdateFields: readonly MeasureUpdateField[] = ['status', 'progress', 'reportedOn', 'comment'];

export interface IndicatorValues {
  /** As typed, with a decimal comma or point. */
  indicatorValue: string;
  reportedOn: string;
  comment: string;
}

export type IndicatorField = keyof IndicatorValues;
export const indicatorFields: readonly IndicatorField[] = ['indicatorValue', 'reportedOn', 'comment'];

export type ParseResult<Field extends string> =
  { ok: true; input: PostStatusUpdateInput } | { ok: false; problems: Partial<Record<Field, StatusUpdateProblem>> };

export function emptyMeasureUpdateValues(today: string): MeasureUpdateValues {
  return { status: '', progress: '', reportedOn: today, comment: '' };
}

export function emptyIndicatorValues(today: string): IndicatorValues {
  return { indicatorValue: '', reportedOn: today, comment: '' };
}

/** Checks a measure's status update the way the API will, in the UI's words, and builds the API's input. */
export function buildMeasureUpdateInput(values: MeasureUpdateValues, measureId: string, today: string): ParseResult<MeasureUpdateField> {
  const problems: Partial<Record<MeasureUpdateField, StatusUpdateProblem>> = {};
  if (values.status === '') problems.status = 'statusRequired';
  const progress = parseProgress(values.progress);
  if (progress === 'invalid') problems.progress = 'progressInvalid';
  const dateProblem = checkReportedOn(values.reportedOn, today);
  if (dateProblem) problems.reportedOn = dateProblem;
  if (values.comment.trim().length > TEXT_LIMITS.comment) problems.comment = 'commentTooLong';
  if (values.status === '' || progress === 'invalid' || Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: { measureId, reportedOn: values.reportedOn, status: values.status, progress, comment: values.comment.trim() },
  };
}

/** Checks a target's indicator value and builds the API's input. */
export function buildIndicatorInput(values: IndicatorValues, targetId: string, today: string): ParseResult<IndicatorField> {
  const problems: Partial<Record<IndicatorField, StatusUpdateProblem>> = {};
  const value = parseDecimal(values.indicatorValue);
  if (values.indicatorValue.trim() === '') problems.indicatorValue = 'valueRequired';
  else if (value === undefined) problems.indicatorValue = 'valueInvalid';
  const dateProblem = checkReportedOn(values.reportedOn, today);
  if (dateProblem) problems.reportedOn = dateProblem;
  if (values.comment.trim().length > TEXT_LIMITS.comment) problems.comment = 'commentTooLong';
  if (value === undefined || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input: { targetId, reportedOn: values.reportedOn, indicatorValue: value, comment: values.comment.trim() } };
}

/** Empty → null (unchanged); a whole number 0–100 → that number; anything else is invalid. */
export function parseProgress(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value <= 100 ? value : 'invalid';
}

/**
 * A number as people write it in Norwegian or English: "12,5", "12.5", "-3", "1 200" (spaces, also
 * no-break spaces, as digit group separators). Undefined for anything else.
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('−', '-');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

function checkReportedOn(reportedOn: string, today: string): StatusUpdateProblem | undefined {
  if (reportedOn.trim() === '') return 'dateRequired';
  if (!isIsoDate(reportedOn)) return 'dateInvalid';
  // ISO dates compare correctly as strings.
  if (reportedOn > today) return 'dateFuture';
  return undefined;
}

export function isMeasureUpdateField(value: string): value is MeasureUpdateField {
  return measureUpdateFields.some((field) => field === value);
}

export function isIndicatorField(value: string): value is IndicatorField {
  return indicatorFields.some((field) => field === value);
}
