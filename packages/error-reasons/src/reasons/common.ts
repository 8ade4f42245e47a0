import { reason } from '../reason.js';

/** The records a NOT_FOUND names; the UI translates each. */
export const ENTITY_NAMES = [
  'community',
  'partner',
  'regionalCouncil',
  'organ',
  'seat',
  'person',
  'appointment',
  'budget',
  'actionPlan',
  'focusArea',
  'target',
  'measure',
  'statusReport',
  'statusUpdate',
  'user',
  'roleGrant',
  'invitation',
  'apiToken',
  'meeting',
  'case',
  'attachment',
  'meetingAbsence',
  'decision',
  'minutesObjection',
  'minutes',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** Refusals any operation can give. */
export const commonReasons = {
  /** The operation needs a signed-in user. */
  SIGN_IN_REQUIRED: reason(),
  /** The caller's roles do not allow the operation (anywhere, or in this community); names the permission it needs. */
  NOT_PERMITTED: reason<{ permission: string | null }>(),
  /** No record of the kind with the id, or none the caller may see. */
  NOT_FOUND: reason<{ entity: EntityName; id: string }>(),
  /** Two changes raced; the other one won. Reload and try again. */
  CONCURRENT_CHANGE: reason(),
  /** The input broke one or more field rules; `extensions.fields` lists each with its own reason. */
  INVALID_INPUT: reason(),
  /** The request could not be read: malformed JSON, wrong charset, a body the server does not accept. */
  MALFORMED_REQUEST: reason(),
  /** The request body is larger than the server accepts. */
  REQUEST_TOO_LARGE: reason<{ limitBytes: number }>(),
  /** The request asks for more work than one request may cost. */
  REQUEST_TOO_COSTLY: reason(),
  /** The request took longer than its time budget. */
  REQUEST_TIMED_OUT: reason(),
  /** Something went wrong on the server; nothing was changed. */
  INTERNAL: reason(),
} as const;
