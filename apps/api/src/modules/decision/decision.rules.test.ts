import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import type { Holder } from '../meeting-notice/meeting-notice.rules.js';
import {
  assertDecidable,
  assertMeetingUnderway,
  attendanceSheet,
  checkAttendance,
  checkVotes,
  differsFromRecommendation,
  quorum,
  recommendationText,
  voteCounts,
} from './decision.rules.js';

function holder(overrides: Partial<Holder> & Pick<Holder, 'appointmentId' | 'role'>): Holder {
  return {
    personId: `person-${overrides.appointmentId}`,
    name: overrides.appointmentId,
    email: null,
    seatId: `seat-${overrides.appointmentId}`,
    seatLabel: 'Sete',
    seatSide: 'MUNICIPAL',
    seatVoting: true,
    deputyForAppointmentId: null,
    deputyRank: null,
    ...overrides,
  };
}

/** An SSU in small: a municipal member with a personal deputy, two hospital members, a two-deputy list and an observer. */
const composition: Holder[] = [
  holder({ appointmentId: 'kari', role: 'MEMBER' }),
  holder({ appointmentId: 'per', role: 'PERSONAL_DEPUTY', seatVoting: true, deputyForAppointmentId: 'kari' }),
  holder({ appointmentId: 'siri', role: 'MEMBER', seatSide: 'HOSPITAL' }),
  holder({ appointmentId: 'stein', role: 'MEMBER', seatSide: 'HOSPITAL' }),
  holder({ appointmentId: 'vara1', role: 'DEPUTY', seatSide: 'HOSPITAL', seatVoting: false, deputyRank: 1 }),
  holder({ appointmentId: 'vara2', role: 'DEPUTY', seatSide: 'HOSPITAL', seatVoting: false, deputyRank: 2 }),
  holder({ appointmentId: 'olga', role: 'OBSERVER', seatSide: 'OBSERVER', seatVoting: false }),
];

const present = (appointmentId: string, standsInForAppointmentId: string | null = null) => ({ appointmentId, standsInForAppointmentId });

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('checkAttendance', () => {
  it('lets members and deputies standing in for absent members vote, and observers not', () => {
    const attendees = checkAttendance(composition, [present('per', 'kari'), present('siri'), present('vara1', 'stein'), present('olga')]);
    expect(attendees.map((attendee) => [attendee.appointmentId, attendee.votes])).toEqual([
      ['per', true],
      ['siri', true],
      ['vara1', true],
      ['olga', false],
    ]);
  });

  it('refuses a personal deputy standing in for another member than their own', () => {
    expect(reasonOf(() => checkAttendance(composition, [present('per', 'siri')]))).toBe('STAND_IN_NOT_ELIGIBLE');
  });

  it('refuses a deputy standing in for a member who is present', () => {
    expect(reasonOf(() => checkAttendance(composition, [present('kari'), present('per', 'kari')]))).toBe('STAND_IN_FOR_PRESENT_MEMBER');
  });

  it('refuses a member or observer standing in for someone', () => {
    expect(reasonOf(() => checkAttendance(composition, [present('olga', 'kari')]))).toBe('STAND_IN_NOT_DEPUTY');
  });

  it('refuses a lower-ranked list deputy standing in while a higher-ranked one is present and stands in for nobody', () => {
    expect(reasonOf(() => checkAttendance(composition, [present('vara1'), present('vara2', 'stein'), present('siri')]))).toBe(
      'DEPUTY_ORDER_SKIPPED',
    );
  });

  it('accepts the second deputy when the first is not present (not available)', () => {
    expect(checkAttendance(composition, [present('vara2', 'stein'), present('siri')]).find((a) => a.appointmentId === 'vara2')?.votes).toBe(
      true,
    );
  });

  it('refuses two deputies for one member, someone outside the composition, and a person listed twice', () => {
    expect(reasonOf(() => checkAttendance(composition, [present('vara1', 'stein'), present('vara2', 'stein')]))).toBe('STAND_IN_TWICE');
    expect(reasonOf(() => checkAttendance(composition, [present('nobody')]))).toBe('ATTENDEE_NOT_IN_COMPOSITION');
    expect(reasonOf(() => checkAttendance(composition, [present('siri'), present('siri')]))).toBe('ATTENDEE_LISTED_TWICE');
  });

  it('a deputy present without standing in does not vote', () => {
    expect(checkAttendance(composition, [present('vara1')])[0]?.votes).toBe(false);
  });
});

describe('attendanceSheet', () => {
  it('starts from the absences before anything is recorded: the called-in deputy stands in, the absent member is not ticked', () => {
    const sheet = attendanceSheet(composition, [{ memberAppointmentId: 'kari', deputyAppointmentId: 'per' }], []);
    const line = (id: string) => sheet.find((candidate) => candidate.holder.appointmentId === id);
    expect(line('kari')).toMatchObject({ present: false, absenceReported: true });
    expect(line('per')).toMatchObject({ present: true, standsInForAppointmentId: 'kari', mayStandInFor: ['kari'] });
    expect(line('siri')?.present).toBe(true);
    expect(line('olga')?.present).toBe(false);
    expect(line('vara1')?.mayStandInFor).toEqual(['siri', 'stein']);
  });

  it('shows the attendance as recorded once it is', () => {
    const sheet = attendanceSheet(composition, [], [present('olga')]);
    expect(sheet.filter((line) => line.present).map((line) => line.holder.appointmentId)).toEqual(['olga']);
  });
});

describe('quorum', () => {
  it('is quorate with the voting members present, and not without any', () => {
    expect(quorum([{ votes: true }, { votes: false }])).toEqual({ votingPresent: 1, quorate: true, rule: 'THOSE_PRESENT' });
    expect(quorum([{ votes: false }]).quorate).toBe(false);
  });
});

describe('checkVotes', () => {
  const attendees = checkAttendance(composition, [present('kari'), present('siri'), present('vara1', 'stein'), present('olga')]);
  const vote = (appointmentId: string, value: 'YES' | 'NO' | 'ABSTAIN') => ({ personId: `person-${appointmentId}`, vote: value });

  it('records a split vote with every voting member’s vote', () => {
    const votes = checkVotes('VOTE', 'VOTE', attendees, [vote('kari', 'YES'), vote('siri', 'NO'), vote('vara1', 'ABSTAIN')]);
    expect(votes.map((recorded) => recorded.appointmentId)).toEqual(['kari', 'siri', 'vara1']);
  });

  it('requires individual votes of everyone when the vote is not unanimous', () => {
    expect(reasonOf(() => checkVotes('VOTE', 'VOTE', attendees, [vote('kari', 'YES'), vote('siri', 'NO')]))).toBe(
      'INDIVIDUAL_VOTES_REQUIRED',
    );
  });

  it('accepts a unanimous vote without individual votes', () => {
    expect(checkVotes('VOTE', 'VOTE', attendees, [])).toEqual([]);
  });

  it('refuses an observer’s vote, a vote twice, a vote where the organ decides by consensus, and votes on a consensus', () => {
    expect(reasonOf(() => checkVotes('VOTE', 'VOTE', attendees, [vote('olga', 'YES')]))).toBe('VOTER_NOT_ENTITLED');
    expect(reasonOf(() => checkVotes('VOTE', 'VOTE', attendees, [vote('kari', 'YES'), vote('kari', 'NO')]))).toBe('VOTE_GIVEN_TWICE');
    expect(reasonOf(() => checkVotes('VOTE', 'CONSENSUS', attendees, []))).toBe('VOTE_NOT_ALLOWED');
    expect(reasonOf(() => checkVotes('CONSENSUS', 'VOTE', attendees, [vote('kari', 'YES')]))).toBe('VOTES_ONLY_FOR_VOTE');
  });

  it('refuses a vote before the attendance is recorded', () => {
    expect(reasonOf(() => checkVotes('VOTE', 'VOTE', [], []))).toBe('ATTENDANCE_REQUIRED');
  });
});

describe('decisions', () => {
  it('refuses a case not on the agenda, or not sent out with the notice', () => {
    expect(reasonOf(() => assertDecidable({ reference: 'SSU sak 1/2026', onAgenda: false, sentOut: false }))).toBe('CASE_NOT_ON_AGENDA');
    expect(reasonOf(() => assertDecidable({ reference: 'SSU sak 1/2026', onAgenda: true, sentOut: false }))).toBe('CASE_NOT_SENT_OUT');
    expect(reasonOf(() => assertDecidable({ reference: 'SSU sak 1/2026', onAgenda: true, sentOut: true }))).toBeUndefined();
  });

  it('refuses a meeting not started or cancelled', () => {
    const startsAt = new Date('2026-03-01T09:00:00Z');
    expect(
      reasonOf(() => assertMeetingUnderway({ state: 'NOTICE_SENT', startsAt, date: '2026-03-01' }, new Date('2026-03-01T08:59:00Z'))),
    ).toBe('MEETING_NOT_STARTED');
    expect(
      reasonOf(() => assertMeetingUnderway({ state: 'CANCELLED', startsAt, date: '2026-03-01' }, new Date('2026-03-02T00:00:00Z'))),
    ).toBe('MEETING_CANCELLED');
  });

  it('tells whether the text differs from the recommendation, ignoring spacing', () => {
    const points = ['Handlingsplanen forlenges.', 'Det lages en statusrapport for 2024.'];
    expect(recommendationText(points)).toBe('1. Handlingsplanen forlenges.\n2. Det lages en statusrapport for 2024.');
    expect(differsFromRecommendation('1. Handlingsplanen forlenges.  \n2. Det lages en statusrapport for 2024.', points)).toBe(false);
    expect(differsFromRecommendation('1. Handlingsplanen forlenges til 2025.\n2. Det lages en statusrapport for 2024.', points)).toBe(true);
  });

  it('counts votes and tells a unanimous vote', () => {
    expect(voteCounts([{ vote: 'YES' }, { vote: 'NO' }, { vote: 'ABSTAIN' }])).toEqual({ yes: 1, no: 1, abstain: 1, unanimous: false });
    expect(voteCounts([]).unanimous).toBe(true);
  });
});
