import { osloDate } from '@helsefellesskap/calendar';
import type { DecisionPdfView } from '../../documents/decision-content.js';
import type { Caller } from '../auth/caller.js';
import { mayReadDecisionContent } from './decision.policy.js';
import type { DecisionRow, VoteRow } from './decision.repository.js';

/** Whom each attendee stood in for, by person: a deputy's vote names the absent member it was cast for. */
export function standsInForByPerson(attendance: readonly { personId: string; standsInForName: string | null }[]): Map<string, string> {
  return new Map(attendance.flatMap((attendee) => (attendee.standsInForName ? [[attendee.personId, attendee.standsInForName]] : [])));
}

/**
 * A decision as the minutes and the decision record print it for the caller: its kind always; its text
 * and votes only for those who may read the decision's content (decision.policy.ts, as the GraphQL fields
 * `Decision.text` and `Decision.votes` decide), so an exempt case's decision never reaches the public,
 * other communities, analysts or an API token through a PDF.
 */
export function decisionPdfView(
  caller: Caller,
  decision: DecisionRow,
  votes: readonly VoteRow[],
  standsInFor: ReadonlyMap<string, string>,
): DecisionPdfView {
  const postponedToDate = decision.postponedToStartsAt ? osloDate(decision.postponedToStartsAt) : null;
  if (!mayReadDecisionContent(caller, decision)) return { kind: decision.kind, text: null, votes: [], postponedToDate };
  return {
    kind: decision.kind,
    postponedToDate,
    text: decision.text,
    votes: votes
      .filter((vote) => vote.decisionId === decision.id)
      .map((vote) => ({ name: vote.name, vote: vote.vote, standingInFor: standsInFor.get(vote.personId) ?? null })),
  };
}
