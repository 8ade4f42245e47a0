import { addYears, dayBefore } from '@helsefellesskap/calendar';
import { badUserInput, conflict, type AppError } from '../../common/errors.js';
import type { AppointmentRole, SeatSide } from './appointment.entity.js';

/** An appointment's period: both ends inclusive, an open end runs forever. */
export interface Period {
  startsOn: string;
  endsOn: string | null;
}

/** Roles that the seat's own appointing body decides; officers are elected by another organ. */
export function isSeatRole(role: AppointmentRole): boolean {
  return role === 'MEMBER' || role === 'PERSONAL_DEPUTY' || role === 'DEPUTY' || role === 'OBSERVER';
}

export function assertRoleFitsSeat(role: AppointmentRole, seat: { side: SeatSide; voting: boolean }): void {
  const problem =
    seat.side === 'OBSERVER' && role !== 'OBSERVER'
      ? 'an observer seat takes observers only'
      : seat.side !== 'OBSERVER' && role === 'OBSERVER'
        ? 'observers sit on observer seats'
        : role === 'DEPUTY' && seat.side !== 'HOSPITAL'
          ? "the ordered deputy list is the hospital's; municipal members have personal deputies"
          : role === 'PERSONAL_DEPUTY' && seat.side !== 'MUNICIPAL'
            ? 'personal deputies belong to municipal members'
            : null;
  if (problem) throw badUserInput('role', 'ROLE_NOT_FOR_SEAT', { role, seatSide: seat.side }, problem);
}

/** One member per seat at a time (PostgreSQL enforces it too): the refusal when the seat is taken. */
export function seatTaken(holder: Period, holderName: string): AppError {
  return conflict(
    'SEAT_TAKEN',
    { holderName, startsOn: holder.startsOn, endsOn: holder.endsOn },
    `The seat is already held from ${holder.startsOn}${holder.endsOn ? ` to ${holder.endsOn}` : ''} (${holderName}): end that appointment first, or replace the holder.`,
    'startsOn',
  );
}

/** A personal deputy belongs to one member appointment and stays within its period. */
export function assertWithinMemberPeriod(deputy: Period, member: Period): void {
  if (deputy.startsOn < member.startsOn || (member.endsOn !== null && (deputy.endsOn === null || deputy.endsOn > member.endsOn))) {
    throw badUserInput(
      'endsOn',
      'DEPUTY_OUTSIDE_MEMBER_TERM',
      { memberStartsOn: member.startsOn, memberEndsOn: member.endsOn },
      `a personal deputy serves within the member's period (${member.startsOn} to ${member.endsOn ?? 'open'})`,
    );
  }
}

/**
 * The chair alternates between the municipal and the hospital side, a term of at most
 * `rotationYears` years; the previous chair is the one whose term ended last before this one starts.
 */
export function assertChairRotation(
  candidate: Period & { side: SeatSide },
  previous: (Period & { side: SeatSide }) | null,
  rotationYears: number | null,
): void {
  if (rotationYears === null) return;
  const latestEndsOn = dayBefore(addYears(candidate.startsOn, rotationYears));
  if (candidate.endsOn === null || candidate.endsOn > latestEndsOn) {
    throw badUserInput(
      'endsOn',
      'CHAIR_TERM_TOO_LONG',
      { rotationYears, latestEndsOn },
      `a chair's term is at most ${rotationYears} years, so it must end by ${latestEndsOn}`,
    );
  }
  if (previous && previous.side === candidate.side) {
    const side = candidate.side === 'HOSPITAL' ? 'the hospital' : 'the municipalities';
    throw conflict(
      'CHAIR_SAME_SIDE',
      { previousSide: previous.side },
      `The chair alternates between the municipalities and the hospital: the previous chair came from ${side}, so this one cannot.`,
      'personId',
    );
  }
}

/**
 * One thing that breaks parity, as a count per side: voting seats (SEATS_UNEQUAL), voting members
 * holding their seats (MEMBERS_UNEQUAL), or vacant voting seats (SEATS_VACANT).
 */
export type ParityProblemKind = 'SEATS_UNEQUAL' | 'MEMBERS_UNEQUAL' | 'SEATS_VACANT';

export interface ParityProblem {
  kind: ParityProblemKind;
  hospital: number;
  municipal: number;
}

export interface ParityReport {
  hospitalVotingSeats: number;
  municipalVotingSeats: number;
  hospitalVotingMembers: number;
  municipalVotingMembers: number;
  balanced: boolean;
  problems: ParityProblem[];
}

/** As many hospital as municipal voting members, every seat held (7 and 7 in Helgeland's agreement); every gap named. */
export function parityOf(seats: readonly { side: SeatSide; voting: boolean; filled: boolean }[]): ParityReport {
  const voting = seats.filter((seat) => seat.voting);
  const count = (side: SeatSide, filled?: boolean) =>
    voting.filter((seat) => seat.side === side && (filled === undefined || seat.filled === filled)).length;
  const report = {
    hospitalVotingSeats: count('HOSPITAL'),
    municipalVotingSeats: count('MUNICIPAL'),
    hospitalVotingMembers: count('HOSPITAL', true),
    municipalVotingMembers: count('MUNICIPAL', true),
  };
  const problems: ParityProblem[] = [];
  if (report.hospitalVotingSeats !== report.municipalVotingSeats) {
    problems.push({ kind: 'SEATS_UNEQUAL', hospital: report.hospitalVotingSeats, municipal: report.municipalVotingSeats });
  }
  if (report.hospitalVotingMembers !== report.municipalVotingMembers) {
    problems.push({ kind: 'MEMBERS_UNEQUAL', hospital: report.hospitalVotingMembers, municipal: report.municipalVotingMembers });
  }
  const vacant = {
    hospital: report.hospitalVotingSeats - report.hospitalVotingMembers,
    municipal: report.municipalVotingSeats - report.municipalVotingMembers,
  };
  if (vacant.hospital + vacant.municipal > 0) problems.push({ kind: 'SEATS_VACANT', ...vacant });
  return { ...report, balanced: problems.length === 0, problems };
}

/**
 * The roles a seat takes, in the order a form offers them: an observer seat its observer; the
 * hospital's list seat (no vote) its ordered deputies; a voting seat its member, and on the
 * municipal side their personal deputy; the chair and vice-chair are elected among the voting
 * members when the organ has an electing organ.
 */
export function rolesForSeat(seat: { side: SeatSide; voting: boolean }, officersElected: boolean): AppointmentRole[] {
  if (seat.side === 'OBSERVER') return ['OBSERVER'];
  if (seat.side === 'HOSPITAL' && !seat.voting) return ['DEPUTY'];
  const seatRoles: AppointmentRole[] = seat.side === 'MUNICIPAL' ? ['MEMBER', 'PERSONAL_DEPUTY'] : ['MEMBER'];
  return seat.voting && officersElected ? [...seatRoles, 'CHAIR', 'VICE_CHAIR'] : seatRoles;
}

/** A person's side, from the partner they work for; null when they work for neither (a user representative, a GP). */
export function sideOfPartnerKind(kind: 'MUNICIPALITY' | 'HOSPITAL_TRUST' | null): 'HOSPITAL' | 'MUNICIPAL' | null {
  return kind === 'HOSPITAL_TRUST' ? 'HOSPITAL' : kind === 'MUNICIPALITY' ? 'MUNICIPAL' : null;
}

/**
 * Whether a person sits on the other side's seat (the hospital's director on a municipal seat): a
 * warning, never a refusal, since the bodies may have reasons. Observer seats have no side to match.
 */
export function sideMismatch(seatSide: SeatSide, personSide: SeatSide | null): boolean {
  return seatSide !== 'OBSERVER' && personSide !== null && personSide !== seatSide;
}
