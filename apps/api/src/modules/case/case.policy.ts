import { can } from '../auth/policy.js';
import type { Caller } from '../auth/caller.js';
import type { CaseStatus, RecordAccess } from './case.entity.js';

/**
 * Who reads and writes cases: pure functions of the caller and the records, used by the case service,
 * the loaders, the meeting agenda, the notice, the public calendar and every export, so the rule lives
 * here once (ADR 0022).
 *
 * - That a case exists, its reference, kind and status: public once submitted; a draft is internal to the
 *   community (`community:read-internal`).
 * - A public case's content (title, texts, attachments): whoever may see the case.
 * - An exempt case's or attachment's content: only `cases:read-exempt` in its community (the secretariat
 *   and SSU members). Not the public, not other communities, not analysts (who read internal papers but
 *   not exempt ones); they see the reference, the legal basis and the public title, if any.
 */
export interface CaseLike {
  communityId: string;
  status: CaseStatus;
  access: RecordAccess;
}

export interface AccessLike {
  communityId: string;
  access: RecordAccess;
}

/** The community's internal papers, drafts among them. */
function readsInternal(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:read-internal', communityId);
}

/** Whether the caller may know the case exists (its reference, kind, status, dates). */
export function mayReadCase(caller: Caller, record: CaseLike): boolean {
  return record.status !== 'DRAFT' || readsInternal(caller, record.communityId);
}

/** Whether the caller may read a record's exempt content; a public record's content follows the case. */
export function mayReadExempt(caller: Caller, record: AccessLike): boolean {
  return can(caller, 'cases:read-exempt', record.communityId);
}

/** Whether the caller may read the case's content: its title, texts and (subject to their own access) attachments. */
export function mayReadCaseContent(caller: Caller, record: CaseLike): boolean {
  return mayReadCase(caller, record) && (record.access === 'PUBLIC' || mayReadExempt(caller, record));
}

/** Whether the caller may read an attachment's content (a file or its name) of a case they may read. */
export function mayReadAttachmentContent(caller: Caller, parent: CaseLike, attachment: AccessLike): boolean {
  return mayReadCaseContent(caller, parent) && (attachment.access === 'PUBLIC' || mayReadExempt(caller, attachment));
}

/** The title the caller sees: the real one, the public title of an exempt case, or null. */
export function visibleCaseTitle(caller: Caller, record: CaseLike & { title: string; publicTitle: string | null }): string | null {
  return mayReadCaseContent(caller, record) ? record.title : record.publicTitle;
}

/** Register and edit cases, plan meetings and build agendas: the community's secretariat. */
export function mayWriteCases(caller: Caller, communityId: string): boolean {
  return can(caller, 'community:administer', communityId);
}
