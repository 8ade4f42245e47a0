import type { AreaMessages } from './types';

/** Meetings of an organ, its yearly meeting plan and the agenda. */
export const meetingMessages: AreaMessages<'meetings'> = {
  nb: {
    NOT_A_TIME: () => 'Skriv klokkeslettet som TT:MM, for eksempel 10:00.',
    MEETING_ENDS_BEFORE_START: ({ startTime }) => `Møtet må slutte etter at det begynner (kl. ${startTime}).`,
    MEETING_PLACE_REQUIRED: () => 'Oppgi møtested eller videolenke.',
    MEETING_OUTSIDE_ORGAN_LIFETIME: () => 'Organet fantes ikke på denne datoen (det var ikke opprettet ennå, eller det var oppløst).',
    MEETING_NOT_CHANGEABLE: ({ state }) =>
      state === 'HELD' ? 'Møtet er holdt og kan ikke endres.' : 'Møtet er avlyst og kan ikke endres.',
    MEETING_NOTICE_NOT_SENT: () => 'Møtet kan først registreres som holdt når innkallingen er sendt.',
    MEETING_NOT_STARTED: ({ startsAt }, format) => `Møtet kan ikke registreres som holdt før det begynner (${format.dateTime(startsAt)}).`,
    MEETING_PLAN_ADOPTED_IN_FUTURE: ({ today }, format) =>
      `Møteplanen kan ikke registreres som vedtatt på en dag som ikke har kommet (i dag er ${format.date(today)}).`,
    CASE_NOT_SUBMITTED: () => 'Bare innmeldte saker kan settes på sakslisten.',
    CASE_ON_ANOTHER_AGENDA: ({ reference }) =>
      reference ? `${reference} står allerede på sakslisten til et annet møte.` : 'Saken står allerede på sakslisten til et annet møte.',
    CASE_OF_ANOTHER_ORGAN: () => 'Saken hører til et annet organ enn møtet.',
    CASE_SUBMITTED_LATE: ({ deadline, submittedOn }, format) =>
      `Saken ble meldt inn ${format.date(submittedOn)}, etter fristen ${format.date(deadline)}. Den kan bare settes på sakslisten med leders godkjenning og begrunnelse.`,
    CASE_NOT_ON_AGENDA: () => 'Saken står ikke på sakslisten til møtet.',
    AGENDA_ORDER_INCOMPLETE: () => 'Den nye rekkefølgen må ta med hver sak på sakslisten nøyaktig én gang.',
  },
  en: {
    NOT_A_TIME: () => 'Write the time as HH:MM, for example 10:00.',
    MEETING_ENDS_BEFORE_START: ({ startTime }) => `The meeting must end after it starts (at ${startTime}).`,
    MEETING_PLACE_REQUIRED: () => 'Give a place or a video link.',
    MEETING_OUTSIDE_ORGAN_LIFETIME: () => 'The organ did not exist on this date (it was not yet established, or it was dissolved).',
    MEETING_NOT_CHANGEABLE: ({ state }) =>
      state === 'HELD' ? 'The meeting has been held and cannot be changed.' : 'The meeting is cancelled and cannot be changed.',
    MEETING_NOTICE_NOT_SENT: () => 'A meeting can be recorded as held only after its notice was sent.',
    MEETING_NOT_STARTED: ({ startsAt }, format) =>
      `The meeting cannot be recorded as held before it starts (${format.dateTime(startsAt)}).`,
    MEETING_PLAN_ADOPTED_IN_FUTURE: ({ today }, format) =>
      `The meeting plan cannot be recorded as adopted on a day still to come (today is ${format.date(today)}).`,
    CASE_NOT_SUBMITTED: () => 'Only submitted cases can be put on the agenda.',
    CASE_ON_ANOTHER_AGENDA: ({ reference }) =>
      reference ? `${reference} is on another meeting's agenda already.` : "The case is on another meeting's agenda already.",
    CASE_OF_ANOTHER_ORGAN: () => 'The case belongs to another organ than the meeting.',
    CASE_SUBMITTED_LATE: ({ deadline, submittedOn }, format) =>
      `The case was submitted on ${format.date(submittedOn)}, after the deadline of ${format.date(deadline)}. It can go on the agenda only with the chair's approval and a reason.`,
    CASE_NOT_ON_AGENDA: () => "The case is not on the meeting's agenda.",
    AGENDA_ORDER_INCOMPLETE: () => 'The new order must name every case of the agenda exactly once.',
  },
};
