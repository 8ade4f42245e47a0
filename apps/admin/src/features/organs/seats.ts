import type { AppointmentRole, SeatSide } from '../../gql/graphql';
import { isActiveOn, overlaps, type Period } from '@helsefellesskap/calendar';

export interface PersonLike {
  id: string;
  name: string;
  title?: string | null;
  employer?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface AppointmentLike extends Period {
  id: string;
  role: AppointmentRole;
  /** Set when the appointment was cancelled: it shows in the history only. */
  cancelledAt?: string | null;
  deputyRank?: number | null;
  deputyForAppointmentId?: string | null;
  person: PersonLike;
}

export interface SeatLike<A extends AppointmentLike> {
  id: string;
  side: SeatSide;
  voting: boolean;
  position: number;
  holders: readonly A[];
}

/** One line of the composition table: who holds the seat on the date, in which roles. */
export interface SeatRow<S, A> {
  seat: S;
  /** Members or observers (one at a time), or the hospital's deputies in the order of the list. */
  holders: A[];
  /** The holders' personal deputies. */
  personalDeputies: A[];
  /** Chair, vice-chair and secretary, elected among the members. */
  officers: A[];
  /** A seat that should have a member or observer has none. */
  vacant: boolean;
}

const roleOrder: readonly AppointmentRole[] = ['MEMBER', 'OBSERVER', 'DEPUTY', 'PERSONAL_DEPUTY', 'CHAIR', 'VICE_CHAIR', 'SECRETARY'];
const officerRoles: readonly AppointmentRole[] = ['CHAIR', 'VICE_CHAIR', 'SECRETARY'];

function byRole(a: AppointmentLike, b: AppointmentLike): number {
  return roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || (a.deputyRank ?? 0) - (b.deputyRank ?? 0);
}

/** Deputy-list seats have no member of their own, so only voting and observer seats can be vacant (as the API counts). */
export function seatNeedsHolder(seat: { side: SeatSide; voting: boolean }): boolean {
  return seat.voting || seat.side === 'OBSERVER';
}

/** The seats in order, each with its holders on the date (the seats' `holders(at)`) sorted into their parts. */
export function buildSeatRows<A extends AppointmentLike, S extends SeatLike<A>>(seats: readonly S[]): SeatRow<S, A>[] {
  return [...seats]
    .sort((a, b) => a.position - b.position)
    .map((seat) => {
      const sorted = [...seat.holders].sort((a, b) => byRole(a, b) || a.startsOn.localeCompare(b.startsOn));
      const holders = sorted.filter(
        (appointment) => appointment.role === 'MEMBER' || appointment.role === 'OBSERVER' || appointment.role === 'DEPUTY',
      );
      const holderIds = holders.map((holder) => holder.id);
      const personalDeputies = sorted
        .filter((appointment) => appointment.role === 'PERSONAL_DEPUTY')
        .sort((a, b) => holderIds.indexOf(a.deputyForAppointmentId ?? '') - holderIds.indexOf(b.deputyForAppointmentId ?? ''));
      const officers = sorted.filter((appointment) => officerRoles.includes(appointment.role));
      const vacant = seatNeedsHolder(seat) && !holders.some((holder) => holder.role === 'MEMBER' || holder.role === 'OBSERVER');
      return { seat, holders, personalDeputies, officers, vacant };
    });
}

export interface Officer<S, A> {
  appointment: A;
  seat: S;
}

/** The chair and vice-chair on the date, with the seat (and so the side) they sit on. */
export function officersOf<S, A extends AppointmentLike>(
  rows: readonly SeatRow<S, A>[],
): { chair?: Officer<S, A>; viceChair?: Officer<S, A> } {
  const find = (role: AppointmentRole) => {
    for (const row of rows) {
      const appointment = row.officers.find((officer) => officer.role === role);
      if (appointment) return { appointment, seat: row.seat };
    }
    return undefined;
  };
  return { chair: find('CHAIR'), viceChair: find('VICE_CHAIR') };
}

/** A seat's appointments oldest first; on the same day the member before their deputy and the officers. */
export function sortHistory<A extends AppointmentLike>(history: readonly A[]): A[] {
  return [...history].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || byRole(a, b));
}

/** The appointments that count: a cancelled one never held the seat. */
export function counting<A extends AppointmentLike>(history: readonly A[]): A[] {
  return history.filter((appointment) => appointment.cancelledAt == null);
}

/** What a regional council needs to know about one of its seats today. */
export interface CouncilSeatStatus<A> {
  member?: A;
  /** The current member's personal deputy. */
  deputy?: A;
  /** Members and personal deputies who start after today, soonest first. */
  upcoming: A[];
  /** Member appointments running today or later, oldest first: whom a new personal deputy can belong to. */
  members: A[];
}

export function councilSeatStatus<A extends AppointmentLike>(history: readonly A[], today: string): CouncilSeatStatus<A> {
  const sorted = sortHistory(counting(history));
  const member = sorted.find((appointment) => appointment.role === 'MEMBER' && isActiveOn(appointment, today));
  const deputy = member
    ? sorted.find(
        (appointment) =>
          appointment.role === 'PERSONAL_DEPUTY' && appointment.deputyForAppointmentId === member.id && isActiveOn(appointment, today),
      )
    : undefined;
  const upcoming = sorted.filter(
    (appointment) => (appointment.role === 'MEMBER' || appointment.role === 'PERSONAL_DEPUTY') && appointment.startsOn > today,
  );
  const members = sorted.filter(
    (appointment) => appointment.role === 'MEMBER' && (appointment.endsOn == null || appointment.endsOn >= today),
  );
  return { member, deputy, upcoming, members };
}

/** The personal deputies of a member appointment that are running today or later. */
export function deputiesOf<A extends AppointmentLike>(history: readonly A[], memberAppointmentId: string, today: string): A[] {
  return sortHistory(counting(history)).filter(
    (appointment) =>
      appointment.role === 'PERSONAL_DEPUTY' &&
      appointment.deputyForAppointmentId === memberAppointmentId &&
      (appointment.endsOn == null || appointment.endsOn >= today),
  );
}

/**
 * Who an appointment with `replaceCurrent` would end, as the API does it: for a member, the members
 * whose term overlaps the new one and their personal deputies; for a personal deputy, the member's
 * deputies in that period.
 */
export function replacedBy<A extends AppointmentLike>(
  history: readonly A[],
  appointment: Period & { role: AppointmentRole; deputyForAppointmentId?: string | null; deputyRank?: number | null },
): A[] {
  const sorted = sortHistory(counting(history));
  if (appointment.role === 'OBSERVER' || appointment.role === 'DEPUTY') {
    return sorted.filter(
      (other) =>
        other.role === appointment.role &&
        (other.role === 'OBSERVER' || other.deputyRank === appointment.deputyRank) &&
        overlaps(other, appointment),
    );
  }
  if (appointment.role !== 'MEMBER' && appointment.role !== 'PERSONAL_DEPUTY') return [];
  if (appointment.role === 'PERSONAL_DEPUTY') {
    return sorted.filter(
      (other) =>
        other.role === 'PERSONAL_DEPUTY' &&
        other.deputyForAppointmentId === appointment.deputyForAppointmentId &&
        overlaps(other, appointment),
    );
  }
  const members = sorted.filter((other) => other.role === 'MEMBER' && overlaps(other, appointment));
  const memberIds = new Set(members.map((member) => member.id));
  const deputies = sorted.filter(
    (other) => other.role === 'PERSONAL_DEPUTY' && memberIds.has(other.deputyForAppointmentId ?? '') && overlaps(other, appointment),
  );
  return [...members, ...deputies];
}
