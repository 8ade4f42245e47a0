import { describe, expect, it } from 'vitest';
import { meetingBreaches } from './agenda.rules.js';
import { meetingPlanWarnings, submissionDeadline } from './meeting.rules.js';

describe('submissionDeadline', () => {
  it("is the organ's deadline before an ordinary meeting (SSU: four weeks)", () => {
    expect(submissionDeadline('2024-12-04', 'ORDINARY', { caseSubmissionDeadlineDays: 28, extraordinaryNoticeDays: 7 })).toBe('2024-11-06');
  });

  it('is the extraordinary notice period before an extraordinary meeting, else the ordinary deadline', () => {
    expect(submissionDeadline('2024-12-04', 'EXTRAORDINARY', { caseSubmissionDeadlineDays: 28, extraordinaryNoticeDays: 7 })).toBe(
      '2024-11-27',
    );
    expect(submissionDeadline('2024-12-04', 'EXTRAORDINARY', { caseSubmissionDeadlineDays: 28, extraordinaryNoticeDays: null })).toBe(
      '2024-11-06',
    );
  });

  it('is none when the rules set none', () => {
    expect(submissionDeadline('2024-12-04', 'ORDINARY', { caseSubmissionDeadlineDays: null, extraordinaryNoticeDays: null })).toBeNull();
  });
});

describe('meetingPlanWarnings', () => {
  const plan = { year: 2025, adoptedOn: null, today: '2024-11-01', ordinaryMeetings: 4, meetingsPerYear: 4 };

  it('reminds before the year and warns once it has started without an adopted plan', () => {
    expect(meetingPlanWarnings(plan)).toEqual(['NOT_YET_ADOPTED']);
    expect(meetingPlanWarnings({ ...plan, today: '2025-01-01' })).toEqual(['NOT_ADOPTED_BEFORE_YEAR']);
  });

  it('accepts an adoption on 31 December and warns of one on 1 January', () => {
    expect(meetingPlanWarnings({ ...plan, adoptedOn: '2024-12-31' })).toEqual([]);
    expect(meetingPlanWarnings({ ...plan, adoptedOn: '2025-01-01' })).toEqual(['ADOPTED_LATE']);
  });

  it('warns of fewer ordinary meetings than the rules ask for', () => {
    expect(meetingPlanWarnings({ ...plan, adoptedOn: '2024-12-01', ordinaryMeetings: 3 })).toEqual(['FEWER_MEETINGS_THAN_RULES']);
  });
});

describe('meetingBreaches', () => {
  const meeting = {
    date: '2024-12-04',
    kind: 'ORDINARY' as const,
    state: 'NOTICE_SENT' as const,
    noticeSentAt: new Date('2024-11-15T09:00:00Z'),
  };

  it('shows a case submitted after the deadline, with or without the exception; one on the deadline day is in time', () => {
    const breaches = meetingBreaches({
      meeting,
      submissionDeadline: '2024-11-06',
      noticeDays: 14,
      items: [
        { caseId: 'a', submittedOn: '2024-11-06', exceptionReason: null },
        { caseId: 'b', submittedOn: '2024-11-07', exceptionReason: 'Kan ikke vente' },
        { caseId: 'c', submittedOn: '2024-11-20', exceptionReason: null },
      ],
      today: '2024-11-25',
    });
    expect(breaches.map((breach) => [breach.caseId, breach.exceptionReason !== null])).toEqual([
      ['b', true],
      ['c', false],
    ]);
  });

  it('shows a notice sent too late, and one not sent when it should have been', () => {
    const late = meetingBreaches({
      meeting: { ...meeting, noticeSentAt: new Date('2024-11-25T09:00:00Z') },
      submissionDeadline: null,
      noticeDays: 14,
      items: [],
      today: '2024-11-25',
    });
    expect(late).toEqual([{ kind: 'NOTICE_LATE', caseId: null, deadline: '2024-11-20', actual: '2024-11-25', exceptionReason: null }]);
    const overdue = meetingBreaches({
      meeting: { ...meeting, state: 'PLANNED', noticeSentAt: null },
      submissionDeadline: null,
      noticeDays: 14,
      items: [],
      today: '2024-11-21',
    });
    expect(overdue.map((breach) => breach.kind)).toEqual(['NOTICE_OVERDUE']);
  });
});
