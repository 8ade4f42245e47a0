import { addDays, osloDate } from '@helsefellesskap/calendar';

/** Where a meeting's minutes stand (ADR 0028). */
export type MinutesStateValue = 'DRAFT' | 'SENT' | 'OBJECTED' | 'APPROVED' | 'PUBLISHED';

const HOUR_MS = 3_600_000;

/** What the state of minutes is computed from: the stored row and its objections. */
export interface MinutesFacts {
  sentAt: Date | null;
  /** Stored once a write needed it (publication, a correction); else computed. */
  approvedOn: string | null;
  approvedBySilence: boolean | null;
  publishedAt: Date | null;
  objections: readonly { raisedAt: Date; resolvedAt: Date | null }[];
}

export interface MinutesStatus {
  state: MinutesStateValue;
  /** The moment objections close: sent + the organ's period in whole days of 24 hours ("fire døgn"); null until sent. */
  objectionDeadline: Date | null;
  approvedOn: string | null;
  approvedBySilence: boolean | null;
  /** Objections of the current round (raised since the minutes were last sent) not yet resolved. */
  unresolvedObjections: number;
  /** Whether an objection was raised in the current round: the minutes then wait to be sent again. */
  objectedThisRound: boolean;
}

/** The moment the objection period ends: an organ without a period approves minutes the moment they are sent. */
export function objectionDeadline(sentAt: Date, periodDays: number | null): Date {
  return new Date(sentAt.getTime() + (periodDays ?? 0) * 24 * HOUR_MS);
}

/** The objections raised since the minutes were last sent: those of earlier rounds were resolved before re-sending. */
function currentRound(facts: MinutesFacts): MinutesFacts['objections'] {
  const { sentAt } = facts;
  return sentAt === null ? [] : facts.objections.filter((objection) => objection.raisedAt.getTime() >= sentAt.getTime());
}

/**
 * The state of minutes at `now` (seed 002 § 4-3 pt 12: "Referatet anses godkjent dersom ingen har
 * kommet med merknader innen fire dager"): sent minutes with no objection in their round are approved
 * by silence once the clock reaches the deadline, approved on the deadline's date in Norway, with no job
 * needed. An objection holds the minutes until the secretariat resolves it and sends them again, which
 * starts a new period (approval by silence again).
 */
export function minutesStatus(facts: MinutesFacts, periodDays: number | null, now: Date): MinutesStatus {
  const round = currentRound(facts);
  const unresolvedObjections = round.filter((objection) => objection.resolvedAt === null).length;
  const deadline = facts.sentAt ? objectionDeadline(facts.sentAt, periodDays) : null;
  const base = { objectionDeadline: deadline, unresolvedObjections, objectedThisRound: round.length > 0 };
  if (facts.approvedOn !== null) {
    return {
      ...base,
      state: facts.publishedAt ? 'PUBLISHED' : 'APPROVED',
      approvedOn: facts.approvedOn,
      approvedBySilence: facts.approvedBySilence,
    };
  }
  if (deadline === null) return { ...base, state: 'DRAFT', approvedOn: null, approvedBySilence: null };
  if (round.length > 0) return { ...base, state: 'OBJECTED', approvedOn: null, approvedBySilence: null };
  if (now.getTime() >= deadline.getTime()) {
    // With no objection period there was no silence to wait for: approved as sent.
    return { ...base, state: 'APPROVED', approvedOn: osloDate(deadline), approvedBySilence: (periodDays ?? 0) > 0 };
  }
  return { ...base, state: 'SENT', approvedOn: null, approvedBySilence: null };
}

/** Whether an objection may be raised at `now`: the minutes are out (sent or objected to) and the deadline has not come. */
export function objectionOpen(status: MinutesStatus, now: Date): boolean {
  return (
    (status.state === 'SENT' || status.state === 'OBJECTED') &&
    status.objectionDeadline !== null &&
    now.getTime() < status.objectionDeadline.getTime()
  );
}

/** The body changes while a draft, or after an objection (re-drafted before sending again). */
export function mayEditBody(status: MinutesStatus): boolean {
  return status.state === 'DRAFT' || status.state === 'OBJECTED';
}

/** Minutes are sent as a draft, or again once every objection of the round is resolved. */
export function maySend(status: MinutesStatus): boolean {
  return status.state === 'DRAFT' || (status.state === 'OBJECTED' && status.unresolvedObjections === 0);
}

/** How long until approval by silence, for the countdown: whole days and the hours left over (rounded up). */
export function untilApproval(status: MinutesStatus, now: Date): { days: number; hours: number } | null {
  if (status.state !== 'SENT' || status.objectionDeadline === null) return null;
  const hoursLeft = Math.max(0, Math.ceil((status.objectionDeadline.getTime() - now.getTime()) / HOUR_MS));
  return { days: Math.floor(hoursLeft / 24), hours: hoursLeft % 24 };
}

/** The last day the minutes are to be public: the meeting's date plus the organ's protocol deadline; null when it sets none. */
export function publicationDeadline(meetingDate: string, protocolDeadlineDays: number | null): string | null {
  return protocolDeadlineDays === null ? null : addDays(meetingDate, protocolDeadlineDays);
}

/** Whether the minutes were published after the deadline. */
export function publishedLate(publishedAt: Date | null, deadline: string | null): boolean {
  return publishedAt !== null && deadline !== null && osloDate(publishedAt) > deadline;
}

/** The breach of the publication rule, if any: published late, or still not published after the deadline. */
export function minutesBreach(input: {
  meetingState: string;
  publishedAt: Date | null;
  deadline: string | null;
  today: string;
}): { kind: 'MINUTES_PUBLISHED_LATE' | 'MINUTES_OVERDUE'; deadline: string; actual: string | null } | null {
  const { deadline, publishedAt } = input;
  if (deadline === null || input.meetingState !== 'HELD') return null;
  if (publishedAt !== null) {
    return publishedLate(publishedAt, deadline) ? { kind: 'MINUTES_PUBLISHED_LATE', deadline, actual: osloDate(publishedAt) } : null;
  }
  return input.today > deadline ? { kind: 'MINUTES_OVERDUE', deadline, actual: null } : null;
}
