import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';

@ObjectType({ description: "When a meeting's notice may go out: the organ's notice period on the meeting date." })
export class NoticeWindow {
  @Field(() => Int, {
    nullable: true,
    description: 'Days before the meeting the notice must go out at the latest; null when the organ sets none.',
  })
  requiredDays: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day the notice is in time; null when the organ sets no period.' })
  latestOn: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The earliest day the rules foresee (the partnership meeting: three weeks before); null when they set none.',
  })
  earliestOn: string | null;

  @Field(() => Boolean, { description: 'Whether sending today would be too late: then sending is refused.' })
  late: boolean;
}

@ObjectType({
  description: 'A person who receives the notice, agenda and papers: a member, deputy or observer on the meeting date. Not public.',
})
export class NoticeRecipient {
  @Field(() => ID, { description: "The person's id." })
  personId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail the notice goes to; null when none is recorded (the person gets no e-mail).',
  })
  email: string | null;

  @Field(() => [String], { description: 'The roles held on the meeting date (MEMBER, PERSONAL_DEPUTY, DEPUTY, OBSERVER, …).' })
  roles: string[];

  @Field(() => [String], { description: 'The seats held on the meeting date.' })
  seatLabels: string[];
}

@ObjectType({ description: 'A case as the notice lists it.' })
export class NoticeAgendaItem {
  @Field(() => Int, { description: 'Place on the agenda, from 1.' })
  position: number;

  @Field(() => ID, { description: "The case's id." })
  caseId: string;

  @Field(() => String, { description: 'The case reference, e.g. "SSU sak 26/2024".' })
  reference: string;

  @Field(() => String, { nullable: true, description: 'The title the notice shows; for an exempt case its public title, or null.' })
  title: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The legal basis of an exempt case, whose papers are not sent with the notice; null for a public case.',
  })
  exemptionBasis: string | null;
}

@ObjectType({ description: 'A notice as it was sent.' })
export class SentNotice {
  @Field(() => DateTimeISOResolver, { description: 'When it was sent.' })
  sentAt: Date;

  @Field(() => Int, { description: 'How many e-mails went out.' })
  recipientCount: number;
}

@ObjectType({ description: "A meeting's notice before it is sent (or as it stands once sent): for the secretariat. Not public." })
export class NoticePreview {
  @Field(() => ID, { description: "The meeting's id." })
  meetingId: string;

  @Field(() => LocalDate, { description: "The meeting's date in Norway: the composition and the rules of that day apply." })
  meetingDate: string;

  @Field(() => NoticeWindow, { description: 'When the notice may go out.' })
  window: NoticeWindow;

  @Field(() => String, { description: "The e-mail's subject." })
  subject: string;

  @Field(() => String, { description: "The e-mail's text; the notice, agenda and papers are attached as a PDF." })
  text: string;

  @Field(() => String, { description: 'Where the PDF as it would be sent (or was sent) can be downloaded, with the same session.' })
  pdfUrl: string;

  @Field(() => [NoticeRecipient], { description: 'Who receives it, one per person, in seat order.' })
  recipients: NoticeRecipient[];

  @Field(() => [NoticeAgendaItem], { description: 'The agenda as the notice lists it.' })
  agenda: NoticeAgendaItem[];

  @Field(() => SentNotice, { nullable: true, description: 'The notice as sent; null until it is.' })
  sent: SentNotice | null;
}

@ObjectType({ description: "A member's absence (forfall) from a meeting, and the deputy called in. Not public." })
export class MeetingAbsence {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: "The absent member's appointment." })
  memberAppointmentId: string;

  @Field(() => String, { description: "The absent member's name." })
  memberName: string;

  @Field(() => String, { description: 'The seat.' })
  seatLabel: string;

  @Field(() => String, { nullable: true, description: 'The reason given, if any.' })
  reason: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the absence was reported.' })
  reportedAt: Date;

  @Field(() => ID, { nullable: true, description: "The deputy's appointment; null until a deputy is called in." })
  deputyAppointmentId: string | null;

  @Field(() => String, { nullable: true, description: "The deputy's name; null until a deputy is called in." })
  deputyName: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the deputy was called in.' })
  deputyCalledAt: Date | null;
}

@ObjectType({ description: 'A deputy who may stand in for an absent member.' })
export class DeputyCandidate {
  @Field(() => ID, { description: "The deputy's appointment." })
  appointmentId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { description: "PERSONAL_DEPUTY (the member's own) or DEPUTY (the hospital's list)." })
  role: string;

  @Field(() => Int, { nullable: true, description: "Place on the hospital's deputy list; null for a personal deputy." })
  deputyRank: number | null;
}

@ObjectType({ description: 'A member called to a meeting: whether they reported absence, and who may stand in. Not public.' })
export class CalledMember {
  @Field(() => ID, { description: "The member's appointment." })
  appointmentId: string;

  @Field(() => ID, { description: "The person's id." })
  personId: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { description: 'The seat.' })
  seatLabel: string;

  @Field(() => MeetingAbsence, { nullable: true, description: 'The reported absence; null when none is reported.' })
  absence: MeetingAbsence | null;

  @Field(() => [DeputyCandidate], {
    description: 'Who may be called in (the personal deputy, or the hospital list in order), not yet called in for another member.',
  })
  deputyCandidates: DeputyCandidate[];

  @Field(() => Boolean, {
    description: 'Whether the caller may report or withdraw this absence (the member themselves, or the secretariat).',
  })
  mayReport: boolean;
}

@ObjectType({ description: 'Who is called to a meeting: its members, their absences and the deputies called in. Not public.' })
export class MeetingAttendancePlan {
  @Field(() => ID, { description: "The meeting's id." })
  meetingId: string;

  @Field(() => [CalledMember], { description: 'The members on the meeting date, in seat order.' })
  members: CalledMember[];

  @Field(() => Boolean, { description: 'Whether the caller may call in deputies (the secretariat).' })
  mayCallInDeputies: boolean;
}
