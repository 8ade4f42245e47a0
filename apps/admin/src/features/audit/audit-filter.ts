import type { AuditFilterInput } from '../../gql/graphql';
import { isAuditEntityType } from './audit-entity-types';

/** The audit log's filter as the form and the URL hold it; '' means "any". */
export interface AuditFilterValues {
  entityType: string;
  userId: string;
  /** YYYY-MM-DD, the first day included. */
  from: string;
  /** YYYY-MM-DD, the last day included. */
  to: string;
}

export const emptyAuditFilter: AuditFilterValues = { entityType: '', userId: '', from: '', to: '' };

const parameterNames = { entityType: 'type', userId: 'user', from: 'from', to: 'to' } as const satisfies Record<
  keyof AuditFilterValues,
  string
>;

/** A calendar day in the user's time zone, or undefined when `text` is not a real YYYY-MM-DD date. */
export function parseLocalDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** The filter in the URL, with anything unusable (an unknown type, a date that is not a date) dropped. */
export function auditFilterFromSearch(params: URLSearchParams): AuditFilterValues {
  const entityType = params.get(parameterNames.entityType) ?? '';
  const from = params.get(parameterNames.from) ?? '';
  const to = params.get(parameterNames.to) ?? '';
  return {
    entityType: isAuditEntityType(entityType) ? entityType : '',
    userId: params.get(parameterNames.userId)?.trim() ?? '',
    from: parseLocalDate(from) ? from : '',
    to: parseLocalDate(to) ? to : '',
  };
}

/** The filter as URL parameters, leaving out what is not set. */
export function auditFilterSearch(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['entityType', 'userId', 'from', 'to'] as const) {
    if (values[key] !== '') params.set(parameterNames[key], values[key]);
  }
  return params;
}

export type AuditFilterProblems = Partial<Record<'from' | 'to', 'date' | 'order'>>;

/** Dates must be dates, and the period must not end before it starts. */
export function checkAuditFilter(values: AuditFilterValues): AuditFilterProblems {
  const problems: AuditFilterProblems = {};
  const from = values.from === '' ? undefined : parseLocalDate(values.from);
  const to = values.to === '' ? undefined : parseLocalDate(values.to);
  if (values.from !== '' && !from) problems.from = 'date';
  if (values.to !== '' && !to) problems.to = 'date';
  if (from && to && to < from) problems.to = 'order';
  return problems;
}

/**
 * The API's filter: the days are the user's own (local midnight to local midnight), and the last
 * day counts, so `to` is the start of the day after it (the API's `to` is exclusive).
 */
export function auditFilterInput(communityId: string, values: AuditFilterValues): AuditFilterInput {
  const from = parseLocalDate(values.from);
  const to = parseLocalDate(values.to);
  const dayAfter = to ? new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1) : undefined;
  return {
    communityId,
    entityType: values.entityType === '' ? null : values.entityType,
    userId: values.userId === '' ? null : values.userId,
    from: from ? from.toISOString() : null,
    to: dayAfter ? dayAfter.toISOString() : null,
  };
}
