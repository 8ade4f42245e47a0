import { formatIsoDate, osloTime } from '@helsefellesskap/calendar';

/** What the draft is written from: the meeting, who attended, the agenda and each case's current decision. */
export interface DraftMaterial {
  organName: string;
  meetingDate: string;
  startsAt: Date;
  place: string | null;
  attendance: readonly { name: string; seatLabel: string; role: string; standsInForName: string | null }[];
  agenda: readonly {
    reference: string;
    /** The title the public may see: an exempt case's public title, or null. */
    publicTitle: string | null;
    exemptionBasis: string | null;
    decision: {
      kind: string;
      text: string;
      votes: readonly { name: string; vote: string }[];
      /** For a postponed case moved on: the later meeting's date. */
      postponedToDate?: string | null;
    } | null;
  }[];
}

const KIND_LABELS: Record<string, string> = {
  CONSENSUS: 'Vedtak (konsensus)',
  VOTE: 'Vedtak (votering)',
  NOTED: 'Tatt til orientering',
  POSTPONED: 'Utsatt',
};

const VOTE_LABELS: Record<string, string> = { YES: 'for', NO: 'mot', ABSTAIN: 'avstod' };

const ROLE_LABELS: Record<string, string> = {
  CHAIR: 'leder',
  VICE_CHAIR: 'nestleder',
  OBSERVER: 'observatør',
};

/** Whether the recorded votes differ: individual votes are written out only when the vote was not unanimous (seed 002 § 4-2). */
function splitVote(votes: readonly { vote: string }[]): boolean {
  return new Set(votes.map((vote) => vote.vote)).size > 1;
}

/**
 * The draft minutes as plain structured text the secretariat then edits: organ, date, place, who attended
 * (and who stood in for whom), each agenda item with its decision, and each member's vote when the vote
 * was not unanimous. An exempt case appears by reference, public title and legal basis only, with its
 * decision text left out: published minutes are public, and exempt content never is (ADR 0028).
 */
export function draftMinutesText(material: DraftMaterial): string {
  const lines: string[] = [
    `Protokoll fra møte i ${material.organName}`,
    '',
    `Dato: ${formatIsoDate(material.meetingDate, 'nb-NO')}, kl. ${osloTime(material.startsAt)}`,
  ];
  if (material.place) lines.push(`Sted: ${material.place}`);
  lines.push('', 'Til stede:');
  if (material.attendance.length === 0) lines.push('- (oppmøte ikke registrert)');
  for (const person of material.attendance) {
    const role = ROLE_LABELS[person.role];
    const standsIn = person.standsInForName ? `, møtte for ${person.standsInForName}` : '';
    lines.push(`- ${person.name} (${person.seatLabel}${role ? `, ${role}` : ''})${standsIn}`);
  }
  lines.push('', 'Saker:');
  if (material.agenda.length === 0) lines.push('(ingen saker)');
  for (const item of material.agenda) {
    const exempt = item.exemptionBasis !== null;
    const title = item.publicTitle ?? (exempt ? 'Unntatt offentlighet' : '');
    lines.push('', `${item.reference}${title ? ` ${title}` : ''}${exempt ? ` (unntatt offentlighet, ${item.exemptionBasis})` : ''}`);
    if (!item.decision) {
      lines.push('Vedtak: (ikke registrert)');
      continue;
    }
    const label = item.decision.postponedToDate
      ? `Utsatt til møtet ${formatIsoDate(item.decision.postponedToDate, 'nb-NO')}`
      : (KIND_LABELS[item.decision.kind] ?? 'Vedtak');
    lines.push(exempt ? `${label}: vedtaket er unntatt offentlighet (${item.exemptionBasis}).` : `${label}: ${item.decision.text}`);
    if (splitVote(item.decision.votes)) {
      lines.push('Stemmer:');
      for (const vote of item.decision.votes) lines.push(`- ${vote.name}: ${VOTE_LABELS[vote.vote] ?? vote.vote}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
