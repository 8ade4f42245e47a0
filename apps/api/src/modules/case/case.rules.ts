import type { OrganKind } from '../organ/organ.entity.js';
import type { CaseStatus } from './case.entity.js';

/**
 * The reference of a case as the organ writes it (seeds 000, 001, 003, 004): the number is the sequence
 * within the organ and year, given at registration (Noark 5: saksår + sekvensnummer).
 * - SSU: "SSU sak 26/2024"
 * - partnership meeting: "Partnerskapsmøte sak 10-2021" (two digits, a hyphen)
 * - dialogue meeting: "Dialogmøte sak 01-2024"
 * - a professional committee: "FSU sak 3/2024"
 * - the secretariat: "Sekretariatssak 3/2024"
 * - any other body: "Sak 024/2021" (three digits), unless the case carries that body's own reference
 *   ("Styresak 052/2021"), which then is the reference.
 */
export function caseReference(organKind: OrganKind, number: number, year: number, externalReference: string | null = null): string {
  if (externalReference !== null && organKind === 'OTHER') return externalReference;
  switch (organKind) {
    case 'STRATEGIC_COMMITTEE':
      return `SSU sak ${number}/${year}`;
    case 'PARTNERSHIP_MEETING':
      return `Partnerskapsmøte sak ${pad(number, 2)}-${year}`;
    case 'DIALOGUE_MEETING':
      return `Dialogmøte sak ${pad(number, 2)}-${year}`;
    case 'PROFESSIONAL_COMMITTEE':
      return `FSU sak ${number}/${year}`;
    case 'SECRETARIAT':
      return `Sekretariatssak ${number}/${year}`;
    case 'OTHER':
      return `Sak ${pad(number, 3)}/${year}`;
  }
}

function pad(number: number, digits: number): string {
  return String(number).padStart(digits, '0');
}

/** The year of a date (YYYY-MM-DD). */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The status changes the secretariat makes on a case; the agenda (meetings) and the decision (the next
 * issue) make the others. A draft is submitted or withdrawn; a submitted or postponed case can be
 * withdrawn, or taken back to draft while no meeting has it; a withdrawn case can be taken up again as a draft.
 */
const SECRETARIAT_MOVES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['DRAFT', 'WITHDRAWN'],
  ON_AGENDA: [],
  DECIDED: [],
  POSTPONED: ['WITHDRAWN'],
  WITHDRAWN: ['DRAFT'],
};

export function mayMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return SECRETARIAT_MOVES[from].includes(to);
}

/** Whether the case's own fields (title, texts, access, attachments) can still change: not once decided or withdrawn. */
export function isCaseEditable(status: CaseStatus): boolean {
  return status !== 'DECIDED' && status !== 'WITHDRAWN';
}
