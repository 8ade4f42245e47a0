import { addDays, compareIsoDates } from '@helsefellesskap/calendar';
import type { AppointmentRole } from '../appointment/appointment.entity.js';

/** The organ's notice rules that bind a meeting: the rule version in force on the meeting's date (ADR 0018). */
export interface NoticeRules {
  noticePeriodDays: number | null;
  noticePeriodMaxDays: number | null;
  extraordinaryNoticeDays: number | null;
}

/** When the notice of a meeting may go out: the last day it is in time, and the earliest the rules ask for. */
export interface NoticeWindow {
  /** Days before the meeting the notice must go out at the latest; null when the organ sets no period. */
  requiredDays: number | null;
  /** The last day the notice is in time; null when the organ sets no period. */
  latestOn: string | null;
  /** The earliest day the rules foresee ("2–3 weeks before": three weeks); null when they set none. */
  earliestOn: string | null;
}

/**
 * The notice window of a meeting on `meetingDate`: an ordinary meeting takes the organ's notice period
 * (the partnership meeting's 14–21 days), an extraordinary one its shorter extraordinary notice (SSU: one
 * week) when the organ sets one, else the ordinary period.
 */
export function noticeWindow(meetingDate: string, kind: 'ORDINARY' | 'EXTRAORDINARY', rules: NoticeRules | null): NoticeWindow {
  const requiredDays =
    (kind === 'EXTRAORDINARY' ? (rules?.extraordinaryNoticeDays ?? rules?.noticePeriodDays) : rules?.noticePeriodDays) ?? null;
  const maxDays = kind === 'ORDINARY' ? (rules?.noticePeriodMaxDays ?? null) : null;
  return {
    requiredDays,
    latestOn: requiredDays === null ? null : addDays(meetingDate, -requiredDays),
    earliestOn: maxDays === null ? null : addDays(meetingDate, -maxDays),
  };
}

/** Whether a notice sent on `today` is too late for the window. */
export function isNoticeLate(window: NoticeWindow, today: string): boolean {
  return window.latestOn !== null && compareIsoDates(today, window.latestOn) > 0;
}

/** One holder of a seat of the organ on the meeting date, as the composition shows it. */
export interface Holder {
  appointmentId: string;
  personId: string;
  name: string;
  email: string | null;
  role: AppointmentRole;
  seatId: string;
  seatLabel: string;
  seatSide: 'HOSPITAL' | 'MUNICIPAL' | 'OBSERVER';
  seatVoting: boolean;
  deputyForAppointmentId: string | null;
  deputyRank: number | null;
}

/** Who receives the notice and why; one entry per person. */
export interface NoticeRecipient {
  personId: string;
  name: string;
  email: string | null;
  /** The roles the person holds on the meeting date (a person may hold more than one). */
  roles: AppointmentRole[];
  seatLabels: string[];
}

/**
 * The roles that receive the notice, agenda and papers (seed 002 § 4-2): members, the deputies ("the
 * deputies receive all case documents", personal deputies and the hospital's list alike) and the
 * observers with the right to speak. The secretary sends it.
 */
const RECEIVING_ROLES: ReadonlySet<AppointmentRole> = new Set(['MEMBER', 'CHAIR', 'VICE_CHAIR', 'PERSONAL_DEPUTY', 'DEPUTY', 'OBSERVER']);

/** The notice's recipients from the organ's holders on the meeting date: one per person, in seat order. */
export function noticeRecipients(holders: readonly Holder[]): NoticeRecipient[] {
  const byPerson = new Map<string, NoticeRecipient>();
  for (const holder of holders) {
    if (!RECEIVING_ROLES.has(holder.role)) continue;
    const recipient = byPerson.get(holder.personId) ?? {
      personId: holder.personId,
      name: holder.name,
      email: holder.email,
      roles: [],
      seatLabels: [],
    };
    if (!recipient.roles.includes(holder.role)) recipient.roles.push(holder.role);
    if (!recipient.seatLabels.includes(holder.seatLabel)) recipient.seatLabels.push(holder.seatLabel);
    byPerson.set(holder.personId, recipient);
  }
  return [...byPerson.values()];
}

/** A member who may report absence: a member appointment on a voting seat. */
export function isAbsenceHolder(holder: Pick<Holder, 'role'>): boolean {
  return holder.role === 'MEMBER';
}

/**
 * The deputies who may stand in for an absent member (seed 002 § 4-2): a municipal member's own personal
 * deputy; for a hospital member, the hospital's list in its order. Deputies already called in for another
 * absent member at the meeting are left out.
 */
export function deputyCandidates(member: Holder, holders: readonly Holder[], alreadyCalled: ReadonlySet<string>): Holder[] {
  const free = (holder: Holder) => !alreadyCalled.has(holder.appointmentId) && holder.personId !== member.personId;
  if (member.seatSide === 'MUNICIPAL') {
    return holders.filter(
      (holder) => holder.role === 'PERSONAL_DEPUTY' && holder.deputyForAppointmentId === member.appointmentId && free(holder),
    );
  }
  if (member.seatSide === 'HOSPITAL') {
    return holders
      .filter((holder) => holder.role === 'DEPUTY' && holder.seatSide === 'HOSPITAL' && free(holder))
      .sort((a, b) => (a.deputyRank ?? Number.MAX_SAFE_INTEGER) - (b.deputyRank ?? Number.MAX_SAFE_INTEGER));
  }
  return [];
}

/**
 * The most bytes of case attachments one notice carries (ADR 0025): every recipient's message carries
 * them all besides the PDF, and base64 makes them a third larger on the wire, so 20 MB of files stays
 * under the 25–35 MB most mail servers accept. A larger agenda is refused; the secretariat moves files
 * out (the register keeps them) and the notice lists what it carries.
 */
export const NOTICE_ATTACHMENTS_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The case texts as the notice prints them, each under its heading; empty texts are left out. The
 * formatted texts keep their paragraphs and "- "/"1. " lists, which read as plain text; bold marks go.
 */
export function caseSections(content: {
  recommendation: readonly string[];
  background: string;
  municipalAssessment: string;
  hospitalAssessment: string;
}): { heading: string; text: string }[] {
  const points = content.recommendation.map((point) => point.trim()).filter((point) => point.length > 0);
  const sections = [
    {
      heading: 'Innstilling',
      text: points.length === 1 ? (points[0] ?? '') : points.map((point, index) => `${index + 1}. ${point}`).join('\n'),
    },
    { heading: 'Bakgrunn', text: plain(content.background) },
    { heading: 'Kommunenes vurdering', text: plain(content.municipalAssessment) },
    { heading: 'Sykehusets vurdering', text: plain(content.hospitalAssessment) },
  ];
  return sections.filter((section) => section.text.length > 0);
}

/** A formatted text as plain text: without its bold marks. */
function plain(formatted: string): string {
  return formatted.replace(/\*\*/g, '').trim();
}
