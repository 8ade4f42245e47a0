import { addYears, dayBefore } from '@helsefellesskap/calendar';
import { AppError, badUserInput } from '../../common/errors.js';
import type { AppointmentRole, SeatSide } from './appointment.entity.js';

/** Dates are ISO strings (YYYY-MM-DD), so they compare as text. An open end runs forever. */
export interface Period {
  startsOn: string;
  endsOn: string | null;
}

/** Roles that the seat's own appointing body decides; officers are elected by another organ. */
export function isSeatRole(role: AppointmentRole): boolean {
  return role === 'MEMBER' || role === 'PERSONAL_DEPUTY' || role === 'DEPUTY' || role === 'OBSERVER';
}

export function assertRoleFitsSeat(role: AppointmentRole, seat: { side: SeatSide; voting: boolean }): void {
  if (seat.side === 'OBSERVER' && role !== 'OBSERVER') throw badUserInput('role', 'an observer seat takes observers only');
  if (seat.side !== 'OBSERVER' && role === 'OBSERVER') throw badUserInput('role', 'observers sit on observer seats');
  if (role === 'DEPUTY' && seat.side !== 'HOSPITAL')
    throw badUserInput('role', "the ordered deputy list is the hospital's; municipal members have personal deputies");
  if (role === 'PERSONAL_DEPUTY' && seat.side !== 'MUNICIPAL') throw badUserInput('role', 'personal deputies belong to municipal members');
}

/** One member per seat at a time (PostgreSQL enforces it too): what to say when the seat is taken. */
export function seatTakenMessage(holder: Period, holderName: string): string {
  return `The seat is already held from ${holder.startsOn}${holder.endsOn ? ` to ${holder.endsOn}` : ''} (${holderName}): end that appointment first, or replace the holder.`;
}

/** A personal deputy belongs to one member appointment and stays within its period. */
export function assertWithinMemberPeriod(deputy: Period, member: Period): void {
  if (deputy.startsOn < member.startsOn || (member.endsOn !== null && (deputy.endsOn === null || deputy.endsOn > member.endsOn))) {
    throw badUserInput('endsOn', `a personal deputy serves within the member's period (${member.startsOn} to ${member.endsOn ?? 'open'})`);
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
  if (candidate.endsOn === null || candidate.endsOn > dayBefore(addYears(candidate.startsOn, rotationYears))) {
    throw badUserInput(
      'endsOn',
      `a chair's term is at most ${rotationYears} years, so it must end by ${dayBefore(addYears(candidate.startsOn, rotationYears))}`,
    );
  }
  if (previous && previous.side === candidate.side) {
    const side = candidate.side === 'HOSPITAL' ? 'the hospital' : 'the municipalities';
    throw new AppError(
      'CONFLICT',
      `The chair alternates between the municipalities and the hospital: the previous chair came from ${side}, so this one cannot.`,
      'personId',
    );
  }
}

export interface ParityReport {
  hospitalVotingSeats: number;
  municipalVotingSeats: number;
  hospitalVotingMembers: number;
  municipalVotingMembers: number;
  balanced: boolean;
  problems: string[];
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
  const problems: string[] = [];
  if (report.hospitalVotingSeats !== report.municipalVotingSeats) {
    problems.push(`The organ has ${report.hospitalVotingSeats} hospital and ${report.municipalVotingSeats} municipal voting seats.`);
  }
  if (report.hospitalVotingMembers !== report.municipalVotingMembers) {
    problems.push(
      `${report.hospitalVotingMembers} hospital and ${report.municipalVotingMembers} municipal voting members hold their seats.`,
    );
  }
  const vacant = report.hospitalVotingSeats - report.hospitalVotingMembers + (report.municipalVotingSeats - report.municipalVotingMembers);
  if (vacant > 0) problems.push(`${vacant} of ${report.hospitalVotingSeats + report.municipalVotingSeats} voting seats are vacant.`);
  return { ...report, balanced: problems.length === 0, problems };
}
