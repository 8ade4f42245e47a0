import { TEXT_LIMITS } from '@helsefellesskap/status-schema';

import type { FreezeStatusReportInput } from '../../gql/graphql';

/** The API's limit on a case reference. */
export const caseReferenceMaxLength = 200;

export type FreezeProblem = 'caseRequired' | 'caseTooLong';

export function buildFreezeInput(
  caseReference: string,
  planId: string,
  year: number,
): { ok: true; input: FreezeStatusReportInput } | { ok: false; problem: FreezeProblem } {
  const trimmed = caseReference.trim();
  if (trimmed === '') return { ok: false, problem: 'caseRequired' };
  if (trimmed.length > caseReferenceMaxLength) return { ok: false, problem: 'caseTooLong' };
  return { ok: true, input: { planId, year, caseReference: trimmed } };
}

/** The commentary as the API stores it (trimmed), or a problem when it is too long. */
export function checkCommentary(commentary: string): { ok: true; commentary: string } | { ok: false; problem: 'tooLong' } {
  const trimmed = commentary.trim();
  return trimmed.length > TEXT_LIMITS.commentary ? { ok: false, problem: 'tooLong' } : { ok: true, commentary: trimmed };
}
