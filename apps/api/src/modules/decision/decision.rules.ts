import { badUserInput, conflict } from '../../common/errors.js';
import type { Holder } from '../meeting-notice/meeting-notice.rules.js';
import { deputyCandidates } from '../meeting-notice/meeting-notice.rules.js';
import type { DecisionRule } from '../organ/organ.entity.js';
import type { DecisionKindValue, VoteValue } from './decision.entity.js';

/**
 * The rules of attendance and decisions (ADR 0027, seed 002 § 4-2 and § 4-3): pure functions of the
 * organ's composition on the meeting date, who attended and what is asked, so they are unit-tested
 * without a database. The service reads the records and calls these inside its transaction.
 */

/** The roles that attend a meeting as such; offices (chair, vice-chair, secretary) are held on top of a member's seat. */
const ATTENDING_ROLES: ReadonlySet<Holder['role']> = new Set(['MEMBER', 'PERSONAL_DEPUTY', 'DEPUTY', 'OBSERVER']);

/** The composition on the meeting date that attendance is recorded from: members, deputies and observers, in seat order. */
export function attendanceComposition(holders: readonly Holder[]): Holder[] {
  return holders.filter((holder) => ATTENDING_ROLES.has(holder.role));
}

/** One line of the attendance as asked: an appointment present, and the absent member's appointment a deputy stands in for. */
export interface AttendeeInput {
  appointmentId: string;
  standsInForAppointmentId: string | null;
}

/** An attendee as recorded, with what the vote needs. */
export interface Attendee extends AttendeeInput {
  holder: Holder;
  /** Whether the attendee votes: a permanent member on a voting seat, or a deputy standing in for one. */
  votes: boolean;
}

/**
 * Checks the attendance asked for against the composition on the meeting date and answers each attendee
 * with whether they vote. A deputy stands in only for an absent member: a municipal member's own personal
 * deputy, or for a hospital member one from the hospital's list. "In its order" is read as: a list deputy
 * who is present and stands in for nobody ranks below none who stands in; a higher-ranked deputy who is
 * not present was not available, and the list moves on (seed 002 § 4-3, "Medlemmer").
 */
export function checkAttendance(composition: readonly Holder[], attendees: readonly AttendeeInput[]): Attendee[] {
  const byAppointment = new Map(composition.map((holder) => [holder.appointmentId, holder]));
  const present = new Set<string>();
  for (const attendee of attendees) {
    const holder = byAppointment.get(attendee.appointmentId);
    if (!holder)
      throw badUserInput('attendees', 'ATTENDEE_NOT_IN_COMPOSITION', {}, 'must be a member, deputy or observer on the meeting date');
    if (present.has(holder.appointmentId)) {
      throw badUserInput('attendees', 'ATTENDEE_LISTED_TWICE', { name: holder.name }, `${holder.name} is listed twice`);
    }
    present.add(holder.appointmentId);
  }
  const standsIn = new Set<string>();
  const result: Attendee[] = [];
  for (const attendee of attendees) {
    const holder = byAppointment.get(attendee.appointmentId);
    if (!holder) continue;
    if (attendee.standsInForAppointmentId === null) {
      result.push({ ...attendee, holder, votes: isVoting(holder, undefined) });
      continue;
    }
    if (holder.role !== 'PERSONAL_DEPUTY' && holder.role !== 'DEPUTY') {
      throw badUserInput('attendees', 'STAND_IN_NOT_DEPUTY', { name: holder.name }, `${holder.name} is not a deputy`);
    }
    const member = byAppointment.get(attendee.standsInForAppointmentId);
    if (!member || member.role !== 'MEMBER' || present.has(member.appointmentId)) {
      const memberName = member?.name ?? '';
      throw badUserInput('attendees', 'STAND_IN_FOR_PRESENT_MEMBER', { memberName }, 'a deputy stands in for an absent member only');
    }
    if (!deputyCandidates(member, composition, new Set()).some((candidate) => candidate.appointmentId === holder.appointmentId)) {
      throw badUserInput(
        'attendees',
        'STAND_IN_NOT_ELIGIBLE',
        { deputyName: holder.name, memberName: member.name },
        `${holder.name} cannot stand in for ${member.name}`,
      );
    }
    if (standsIn.has(member.appointmentId)) {
      throw badUserInput('attendees', 'STAND_IN_TWICE', { memberName: member.name }, `two deputies stand in for ${member.name}`);
    }
    standsIn.add(member.appointmentId);
    result.push({ ...attendee, holder, votes: isVoting(holder, member) });
  }
  assertListOrder(result);
  return result;
}

/**
 * Whether an attendee votes (seed 002 § 4-3 pt 8 and "Medlemmer"): a permanent member on a voting seat, or a
 * deputy standing in for one; observers and deputies standing in for nobody do not.
 */
export function isVoting(holder: Pick<Holder, 'role' | 'seatVoting'>, standsInFor: Pick<Holder, 'seatVoting'> | undefined): boolean {
  if (holder.role === 'MEMBER') return holder.seatVoting;
  return (holder.role === 'PERSONAL_DEPUTY' || holder.role === 'DEPUTY') && (standsInFor?.seatVoting ?? false);
}

/**
 * The attendance as recorded, read for a vote: each attendee with their holder on the meeting date and
 * whether they vote. An attendee whose appointment no longer counts on that date is left out.
 */
export function attendeesAsRecorded(composition: readonly Holder[], recorded: readonly AttendeeInput[]): Attendee[] {
  const byAppointment = new Map(composition.map((holder) => [holder.appointmentId, holder]));
  return recorded.flatMap((row) => {
    const holder = byAppointment.get(row.appointmentId);
    if (!holder) return [];
    const member = row.standsInForAppointmentId ? byAppointment.get(row.standsInForAppointmentId) : undefined;
    return [
      { appointmentId: row.appointmentId, standsInForAppointmentId: row.standsInForAppointmentId, holder, votes: isVoting(holder, member) },
    ];
  });
}

/** Refuses a list deputy standing in while a higher-ranked one is present and stands in for nobody. */
function assertListOrder(attendees: readonly Attendee[]): void {
  const idle = attendees.filter((attendee) => attendee.holder.role === 'DEPUTY' && attendee.standsInForAppointmentId === null);
  for (const attendee of attendees) {
    if (attendee.holder.role !== 'DEPUTY' || attendee.standsInForAppointmentId === null) continue;
    const rank = attendee.holder.deputyRank ?? Number.MAX_SAFE_INTEGER;
    const skipped = idle
      .filter((other) => (other.holder.deputyRank ?? Number.MAX_SAFE_INTEGER) < rank)
      .sort((a, b) => (a.holder.deputyRank ?? 0) - (b.holder.deputyRank ?? 0))[0];
    if (skipped) {
      throw badUserInput(
        'attendees',
        'DEPUTY_ORDER_SKIPPED',
        { deputyName: attendee.holder.name, skippedName: skipped.holder.name, rank: skipped.holder.deputyRank ?? 0 },
        `${skipped.holder.name} ranks higher on the deputy list and is present`,
      );
    }
  }
}

/** A line of the attendance sheet the secretariat ticks off. */
export interface SheetLine {
  holder: Holder;
  absenceReported: boolean;
  present: boolean;
  standsInForAppointmentId: string | null;
  /** The members this line may stand in for (a deputy's); empty for members and observers. */
  mayStandInFor: string[];
}

/**
 * The attendance sheet: the composition on the meeting date, each line present as recorded. Before anything
 * is recorded it starts from the reported absences (ADR 0025): members present unless they reported absence,
 * each deputy called in present and standing in for that member; observers are ticked off as they come.
 */
export function attendanceSheet(
  composition: readonly Holder[],
  absences: readonly { memberAppointmentId: string; deputyAppointmentId: string | null }[],
  recorded: readonly AttendeeInput[],
): SheetLine[] {
  const members = composition.filter((holder) => holder.role === 'MEMBER');
  const absent = new Set(absences.map((absence) => absence.memberAppointmentId));
  const calledIn = new Map(
    absences.flatMap((absence) => (absence.deputyAppointmentId ? [[absence.deputyAppointmentId, absence.memberAppointmentId]] : [])),
  );
  const asRecorded = new Map(recorded.map((attendee) => [attendee.appointmentId, attendee]));
  return composition.map((holder) => {
    const mayStandInFor =
      holder.role === 'PERSONAL_DEPUTY' || holder.role === 'DEPUTY'
        ? members
            .filter((member) =>
              deputyCandidates(member, composition, new Set()).some((candidate) => candidate.appointmentId === holder.appointmentId),
            )
            .map((member) => member.appointmentId)
        : [];
    const line = { holder, absenceReported: absent.has(holder.appointmentId), mayStandInFor };
    if (recorded.length > 0) {
      const attendee = asRecorded.get(holder.appointmentId);
      return { ...line, present: attendee !== undefined, standsInForAppointmentId: attendee?.standsInForAppointmentId ?? null };
    }
    const standsIn = calledIn.get(holder.appointmentId) ?? null;
    const present = holder.role === 'MEMBER' ? !absent.has(holder.appointmentId) : standsIn !== null;
    return { ...line, present, standsInForAppointmentId: standsIn };
  });
}

/** How an organ is quorate. The seeds give one rule: SSU "er beslutningsdyktig med det antall medlemmer som møter". */
export type QuorumRule = 'THOSE_PRESENT';

export interface Quorum {
  votingPresent: number;
  quorate: boolean;
  rule: QuorumRule;
}

/**
 * The meeting's quorum from the attendance: quorate with those present (seed 002 § 4-3 pt 9). No organ's
 * rules in the seeds ask for more, so every organ is read this way until one does (ADR 0027); a meeting
 * with no voting member present (or no attendance recorded) is not quorate.
 */
export function quorum(attendees: readonly { votes: boolean }[]): Quorum {
  const votingPresent = attendees.filter((attendee) => attendee.votes).length;
  return { votingPresent, quorate: votingPresent > 0, rule: 'THOSE_PRESENT' };
}

/** Where a meeting stands for recording what happened at it. */
export interface MeetingForDecisions {
  state: 'PLANNED' | 'NOTICE_SENT' | 'HELD' | 'CANCELLED';
  startsAt: Date;
  /** The meeting's date in Norway. */
  date: string;
}

/** Attendance and decisions are recorded once the meeting has started, never for a cancelled one. */
export function assertMeetingUnderway(meeting: MeetingForDecisions, now: Date): void {
  if (meeting.state === 'CANCELLED') throw conflict('MEETING_CANCELLED', {}, 'The meeting is cancelled.', 'meetingId');
  if (meeting.startsAt.getTime() > now.getTime()) {
    const startsAt = meeting.startsAt.toISOString();
    throw conflict('MEETING_NOT_STARTED', { startsAt }, `The meeting starts at ${startsAt}: nothing is recorded before.`, 'meetingId');
  }
}

/** Whether attendance and decisions may be recorded now. */
export function isMeetingUnderway(meeting: MeetingForDecisions, now: Date): boolean {
  return meeting.state !== 'CANCELLED' && meeting.startsAt.getTime() <= now.getTime();
}

/** The case as the decision rules need it: on the agenda, and sent out with the notice. */
export interface DecidedCase {
  reference: string;
  onAgenda: boolean;
  sentOut: boolean;
}

/** The organ cannot decide a case that is not on the agenda, or was not submitted and sent out beforehand (§ 4-3 pt 7). */
export function assertDecidable(record: DecidedCase): void {
  if (!record.onAgenda) throw badUserInput('caseId', 'CASE_NOT_ON_AGENDA', {}, 'is not on the meeting’s agenda');
  if (!record.sentOut) {
    throw badUserInput(
      'caseId',
      'CASE_NOT_SENT_OUT',
      { reference: record.reference },
      `${record.reference} was not sent out with the notice, so the organ cannot decide it`,
    );
  }
}

/** A vote as asked: the person and their vote. */
export interface VoteInputValue {
  personId: string;
  vote: VoteValue;
}

/** A vote as recorded: with the appointment the person voted in. */
export interface RecordedVote extends VoteInputValue {
  appointmentId: string;
}

/**
 * The votes of a decision, checked. A vote is refused where the organ decides by consensus only; votes
 * belong to a decision by vote; only voting attendees vote (permanent members on voting seats, or a
 * deputy standing in for one; never observers), once each; a vote that is not unanimous lists every
 * voting attendee's vote (§ 4-3 pt 10). A vote with no individual votes is a unanimous one, and needs
 * the attendance (a quorum) to be recorded.
 */
export function checkVotes(
  kind: DecisionKindValue,
  decisionRule: DecisionRule | null,
  attendees: readonly Attendee[],
  votes: readonly VoteInputValue[],
): RecordedVote[] {
  if (kind === 'VOTE' && decisionRule === 'CONSENSUS') {
    throw badUserInput('kind', 'VOTE_NOT_ALLOWED', {}, 'the organ decides by consensus only');
  }
  if (kind !== 'VOTE') {
    if (votes.length > 0) throw badUserInput('votes', 'VOTES_ONLY_FOR_VOTE', {}, 'votes belong to a decision by vote');
    return [];
  }
  const voters = attendees.filter((attendee) => attendee.votes);
  if (voters.length === 0) throw badUserInput('votes', 'ATTENDANCE_REQUIRED', {}, 'record who attended before a vote');
  const byPerson = new Map(attendees.map((attendee) => [attendee.holder.personId, attendee]));
  const seen = new Set<string>();
  const recorded: RecordedVote[] = [];
  for (const vote of votes) {
    const voter = byPerson.get(vote.personId);
    if (!voter?.votes) {
      throw badUserInput('votes', 'VOTER_NOT_ENTITLED', { name: voter?.holder.name ?? '' }, 'only voting members present vote');
    }
    if (seen.has(vote.personId)) {
      throw badUserInput('votes', 'VOTE_GIVEN_TWICE', { name: voter.holder.name }, `${voter.holder.name} votes twice`);
    }
    seen.add(vote.personId);
    recorded.push({ ...vote, appointmentId: voter.appointmentId });
  }
  const missing = voters.filter((voter) => !seen.has(voter.holder.personId));
  if (recorded.length > 0 && missing.length > 0) {
    throw badUserInput(
      'votes',
      'INDIVIDUAL_VOTES_REQUIRED',
      { missing: missing.map((voter) => voter.holder.name).join(', '), count: missing.length },
      `each voting member's vote is recorded: missing ${missing.map((voter) => voter.holder.name).join(', ')}`,
    );
  }
  return recorded;
}

/** The counts of a decision by vote: a vote without individual votes was unanimous for. */
export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
  unanimous: boolean;
}

export function voteCounts(votes: readonly { vote: VoteValue }[]): VoteCounts {
  const count = (value: VoteValue) => votes.filter((vote) => vote.vote === value).length;
  const yes = count('YES');
  const no = count('NO');
  const abstain = count('ABSTAIN');
  return { yes, no, abstain, unanimous: votes.length === 0 || yes === votes.length || no === votes.length };
}

/**
 * The recommendation as one text, as the decision form starts from it: a single point as it is, more
 * points numbered one per line.
 */
export function recommendationText(points: readonly string[]): string {
  const kept = points.map((point) => point.trim()).filter((point) => point.length > 0);
  return kept.length === 1 ? (kept[0] ?? '') : kept.map((point, index) => `${index + 1}. ${point}`).join('\n');
}

/** Whether the decision text differs from the recommendation as it stood, ignoring spacing and line breaks. */
export function differsFromRecommendation(text: string, recommendation: readonly string[]): boolean {
  const normal = (value: string) => value.replace(/\s+/g, ' ').trim();
  return normal(text) !== normal(recommendationText(recommendation));
}

/** A later meeting is named only for a postponed case. */
export function assertPostponedToFitsKind(kind: DecisionKindValue, postponedToMeetingId: string | null): void {
  if (postponedToMeetingId !== null && kind !== 'POSTPONED') {
    throw badUserInput('postponedToMeetingId', 'POSTPONED_TO_ONLY_WHEN_POSTPONED', {}, 'is given only for a postponed case');
  }
}

/** How many later meetings are offered to postpone a case to: a year of monthly meetings, and more. */
export const POSTPONEMENT_TARGETS_MAX = 12;

/** The case's status once decided: postponed (it can go on a later agenda), else decided. */
export function caseStatusAfter(kind: DecisionKindValue): 'DECIDED' | 'POSTPONED' {
  return kind === 'POSTPONED' ? 'POSTPONED' : 'DECIDED';
}
