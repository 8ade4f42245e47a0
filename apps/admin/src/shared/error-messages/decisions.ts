import type { AreaMessages } from './types';

/** A meeting's attendance and decisions. */
export const decisionMessages: AreaMessages<'decisions'> = {
  nb: {
    MEETING_CANCELLED: () => 'Møtet er avlyst. Det registreres verken oppmøte eller vedtak.',
    ATTENDEE_NOT_IN_COMPOSITION: () => 'Personen er ikke medlem, vara eller observatør i organet på møtedatoen.',
    ATTENDEE_LISTED_TWICE: ({ name }) => `${name} står to ganger i oppmøtet.`,
    STAND_IN_NOT_DEPUTY: ({ name }) => `${name} er ikke vara og kan ikke møte for noen.`,
    STAND_IN_FOR_PRESENT_MEMBER: ({ memberName }) =>
      memberName
        ? `${memberName} er til stede. En vara møter bare for et medlem som har forfall.`
        : 'En vara møter bare for et medlem som har forfall.',
    STAND_IN_NOT_ELIGIBLE: ({ deputyName, memberName }) =>
      `${deputyName} kan ikke møte for ${memberName}: personlig vara møter bare for sitt eget medlem, og sykehusets vararepresentanter bare for sykehusets medlemmer.`,
    STAND_IN_TWICE: ({ memberName }) => (memberName ? `To varaer møter for ${memberName}.` : 'To varaer møter for samme medlem.'),
    DEPUTY_ORDER_SKIPPED: ({ deputyName, skippedName, rank }) =>
      `Vararepresentantlisten følges i rekkefølge: ${skippedName} (nr. ${rank}) er til stede og møter ikke for noen, så ${deputyName} kan ikke møte før.`,
    CASE_NOT_SENT_OUT: ({ reference }) =>
      `${reference} ble ikke meldt og sendt ut med innkallingen. Organet kan ikke fatte vedtak i saken på dette møtet.`,
    DECISION_ALREADY_RECORDED: () => 'Saken har allerede et vedtak på dette møtet. Rett vedtaket i stedet.',
    POSTPONED_TO_ONLY_WHEN_POSTPONED: () => 'Et senere møte velges bare når saken utsettes.',
    POSTPONED_TO_NOT_A_LATER_MEETING: () => 'Saken kan bare utsettes til et senere møte i samme organ.',
    POSTPONED_TO_MEETING_NOT_PLANNED: () =>
      'Innkallingen til det møtet er allerede sendt, så saken kan ikke sendes ut med den. Velg et annet møte, eller utsett uten å velge møte.',
    DECISION_ALREADY_CORRECTED: () => 'Vedtaket er allerede rettet. Rett det gjeldende vedtaket.',
    VOTE_NOT_ALLOWED: () => 'Organet fatter beslutninger ved konsensus. Det kan ikke stemmes.',
    VOTES_ONLY_FOR_VOTE: () => 'Stemmer registreres bare ved avstemning.',
    ATTENDANCE_REQUIRED: () => 'Registrer oppmøtet før avstemningen.',
    VOTER_NOT_ENTITLED: ({ name }) =>
      `${name || 'Personen'} har ikke stemmerett: bare faste medlemmer som er til stede, eller vara som møter for et medlem, stemmer.`,
    VOTE_GIVEN_TWICE: ({ name }) => `${name} har stemt to ganger.`,
    INDIVIDUAL_VOTES_REQUIRED: ({ missing }) =>
      `Avstemningen er ikke enstemmig, så hver enkelt stemme skal protokolleres. Mangler stemme fra: ${missing}.`,
  },
  en: {
    MEETING_CANCELLED: () => 'The meeting is cancelled. Neither attendance nor decisions are recorded.',
    ATTENDEE_NOT_IN_COMPOSITION: () => 'The person is not a member, deputy or observer of the organ on the meeting date.',
    ATTENDEE_LISTED_TWICE: ({ name }) => `${name} is listed twice in the attendance.`,
    STAND_IN_NOT_DEPUTY: ({ name }) => `${name} is not a deputy and cannot stand in for anyone.`,
    STAND_IN_FOR_PRESENT_MEMBER: ({ memberName }) =>
      memberName
        ? `${memberName} is present. A deputy stands in only for an absent member.`
        : 'A deputy stands in only for an absent member.',
    STAND_IN_NOT_ELIGIBLE: ({ deputyName, memberName }) =>
      `${deputyName} cannot stand in for ${memberName}: a personal deputy stands in only for their own member, the hospital's deputies only for hospital members.`,
    STAND_IN_TWICE: ({ memberName }) =>
      memberName ? `Two deputies stand in for ${memberName}.` : 'Two deputies stand in for the same member.',
    DEPUTY_ORDER_SKIPPED: ({ deputyName, skippedName, rank }) =>
      `The deputy list is followed in order: ${skippedName} (no. ${rank}) is present and stands in for nobody, so ${deputyName} cannot stand in first.`,
    CASE_NOT_SENT_OUT: ({ reference }) =>
      `${reference} was not submitted and sent out with the notice. The organ cannot decide it at this meeting.`,
    DECISION_ALREADY_RECORDED: () => 'The case already has a decision at this meeting. Correct the decision instead.',
    POSTPONED_TO_ONLY_WHEN_POSTPONED: () => 'A later meeting is chosen only when the case is postponed.',
    POSTPONED_TO_NOT_A_LATER_MEETING: () => 'The case can only be postponed to a later meeting of the same organ.',
    POSTPONED_TO_MEETING_NOT_PLANNED: () =>
      "That meeting's notice has been sent already, so the case cannot go out with it. Choose another meeting, or postpone without choosing one.",
    DECISION_ALREADY_CORRECTED: () => 'The decision has been corrected already. Correct the current decision.',
    VOTE_NOT_ALLOWED: () => 'The organ decides by consensus. There is no vote.',
    VOTES_ONLY_FOR_VOTE: () => 'Votes are recorded for a decision by vote only.',
    ATTENDANCE_REQUIRED: () => 'Record the attendance before the vote.',
    VOTER_NOT_ENTITLED: ({ name }) =>
      `${name || 'The person'} does not vote: only permanent members present, or a deputy standing in for one, vote.`,
    VOTE_GIVEN_TWICE: ({ name }) => `${name} voted twice.`,
    INDIVIDUAL_VOTES_REQUIRED: ({ missing }) =>
      `The vote is not unanimous, so each member's vote is recorded. Missing a vote from: ${missing}.`,
  },
};
