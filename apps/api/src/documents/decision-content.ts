import { formatIsoDate } from '@helsefellesskap/calendar';
import type { ArchivalPdf } from './archival-pdf.js';

/** How a case was decided (the decision's kind, as `DecisionKind` in the API). */
export type DecisionPdfKind = 'CONSENSUS' | 'VOTE' | 'NOTED' | 'POSTPONED';
/** One member's vote. */
export type VotePdfChoice = 'YES' | 'NO' | 'ABSTAIN';

/** A member's recorded vote; `standingInFor` names the absent member a deputy voted for. */
export interface VotePdfView {
  name: string;
  vote: VotePdfChoice;
  standingInFor: string | null;
}

/** A decision as the minutes and the decision record print it. */
export interface DecisionPdfView {
  kind: DecisionPdfKind;
  /** The decision's text; null when the caller may not read it (an exempt case's content). */
  text: string | null;
  /** The individual votes of a VOTE decision (empty for the other kinds). */
  votes: VotePdfView[];
  /** For a postponed case moved on: the later meeting's date; null otherwise. */
  postponedToDate: string | null;
}

const KIND_LABELS: Record<DecisionPdfKind, string> = {
  CONSENSUS: 'Vedtatt ved konsensus',
  VOTE: 'Vedtatt ved avstemning',
  NOTED: 'Tatt til orientering',
  POSTPONED: 'Utsatt',
};

/** The kind as the documents write it; a postponed case names the meeting it moved to. */
export function kindLabel(kind: DecisionPdfKind, postponedToDate: string | null): string {
  return kind === 'POSTPONED' && postponedToDate
    ? `Utsatt til møtet ${formatIsoDate(postponedToDate, 'nb-NO', 'short')}`
    : KIND_LABELS[kind];
}

export const VOTE_LABELS: Record<VotePdfChoice, string> = { YES: 'For', NO: 'Mot', ABSTAIN: 'Avstår' };

/** A vote is unanimous when every member voted the same way; only then may the minutes leave out who voted how. */
export function isUnanimous(votes: VotePdfView[]): boolean {
  return votes.every((vote) => vote.vote === votes[0]?.vote);
}

/** "For 5, mot 2, avstår 1": the count of each choice. */
export function voteTally(votes: VotePdfView[]): string {
  const count = (choice: VotePdfChoice) => votes.filter((vote) => vote.vote === choice).length;
  return `For ${count('YES')}, mot ${count('NO')}, avstår ${count('ABSTAIN')}`;
}

/**
 * Writes a decision: its kind, its text (or that it is withheld), and for a vote the tally, with each
 * member's vote in a table whenever the vote was not unanimous (seed 002 § 4-3).
 */
export function writeDecision(pdf: ArchivalPdf, decision: DecisionPdfView): void {
  pdf.labelled('Vedtak', kindLabel(decision.kind, decision.postponedToDate));
  pdf.paragraph(decision.text ?? 'Vedtaket er unntatt offentlighet.');
  if (decision.kind !== 'VOTE' || decision.votes.length === 0) return;
  pdf.paragraph(`${isUnanimous(decision.votes) ? 'Enstemmig. ' : ''}${voteTally(decision.votes)}.`, { size: 10 });
  if (isUnanimous(decision.votes)) return;
  pdf.table({
    columns: ['Medlem', 'Stemme'],
    rows: decision.votes.map((vote) => [
      vote.standingInFor ? `${vote.name} (vara for ${vote.standingInFor})` : vote.name,
      VOTE_LABELS[vote.vote],
    ]),
    widths: [340, 143],
  });
}
