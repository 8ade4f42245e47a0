import type { FollowUpStatus, RecordFollowUpInput } from '../../gql/graphql';
import { buildInput, type BuildResult, type FormValues, optionalDate, valueOf } from '../action-plan/authoring-input';

export const FOLLOW_UP_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ADOPTED', 'DECLINED'] as const satisfies readonly FollowUpStatus[];

export type FollowUpField = 'status' | 'localReference' | 'localDate' | 'note';

export function isFollowUpStatus(value: string): value is FollowUpStatus {
  return FOLLOW_UP_STATUSES.some((status) => status === value);
}

/** The row a record starts from: its key and the version it was read at. */
export interface FollowUpCell {
  decisionId: string;
  partnerId: string;
  version: number;
}

/**
 * The form's values as the API's input. Only what the form itself can tell is checked here (a status is
 * chosen, the date is a date); the API's rules (dates, reference when adopted) come back as field errors.
 */
export function buildFollowUpInput(values: FormValues<FollowUpField>, cell: FollowUpCell): BuildResult<RecordFollowUpInput, FollowUpField> {
  const localDate = optionalDate(values.localDate);
  const status = isFollowUpStatus(values.status) ? values.status : null;
  const built = buildInput<FollowUpField, RecordFollowUpInput>(
    [
      ['status', status ? { ok: true, value: status } : { ok: false, problem: 'required' }],
      ['localDate', localDate],
    ],
    () => ({
      decisionId: cell.decisionId,
      partnerId: cell.partnerId,
      status: status ?? 'NOT_STARTED',
      localReference: values.localReference.trim() || null,
      localDate: valueOf(localDate),
      note: values.note.trim() || null,
      expectedVersion: cell.version,
    }),
  );
  return built;
}
