import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A case's decision at an open meeting as the public sees it: an exempt case's decision text is left out." })
export class PublicDecision {
  @Field(() => String, { description: 'How it was settled: CONSENSUS, VOTE, NOTED (tatt til orientering) or POSTPONED.' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'The decision as recorded; null for an exempt case.' })
  text: string | null;

  @Field(() => String, { description: 'The day it was decided (YYYY-MM-DD).' })
  decidedOn: string;
}

@ObjectType({ description: 'A correction of published minutes: the corrected text and why.' })
export class PublicMinutesCorrection {
  @Field(() => String, { description: 'The corrected text.' })
  text: string;

  @Field(() => String, { description: 'Why the minutes were corrected.' })
  reason: string;

  @Field(() => DateTimeISOResolver, { description: 'When the correction was recorded.' })
  recordedAt: Date;
}

@ObjectType({ description: "An open meeting's published minutes, as approved, with their corrections." })
export class PublicMinutes {
  @Field(() => String, { description: 'The text of the minutes as approved.' })
  body: string;

  @Field(() => String, { description: 'The day the minutes were approved (YYYY-MM-DD).' })
  approvedOn: string;

  @Field(() => Boolean, { description: 'Whether they were approved by silence (no objection within the period).' })
  approvedBySilence: boolean;

  @Field(() => DateTimeISOResolver, { description: 'When they were published.' })
  publishedAt: Date;

  @Field(() => [PublicMinutesCorrection], { description: 'Corrections recorded after approval, oldest first.' })
  corrections: PublicMinutesCorrection[];

  @Field(() => String, {
    description:
      'Where the minutes are downloaded as an archival PDF (PDF/A, tagged): exempt cases by reference, their decisions withheld.',
  })
  pdfUrl: string;
}

@ObjectType({ description: "A case on an open meeting's agenda as the public sees it: an exempt case by reference and legal basis only." })
export class PublicAgendaItem {
  @Field(() => Int, { description: 'Place on the agenda, from 1.' })
  position: number;

  @Field(() => String, { description: 'The case reference, e.g. "SSU sak 26/2024".' })
  reference: string;

  @Field(() => String, { nullable: true, description: 'The title; for an exempt case its public title, or null.' })
  title: string | null;

  @Field(() => Boolean, { description: 'Whether the case is exempt from public access.' })
  exempt: boolean;

  @Field(() => String, { nullable: true, description: 'The legal basis of an exempt case, e.g. "Offl. § 14".' })
  exemptionBasis: string | null;

  @Field(() => PublicDecision, { nullable: true, description: "The case's outcome at the meeting; null until it is decided." })
  decision: PublicDecision | null;
}

@ObjectType({ description: 'An open meeting of an organ in the public calendar, readable without signing in.' })
export class PublicMeeting {
  @Field(() => ID, { description: "The meeting's id: also the stable UID of its calendar event." })
  id: string;

  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => String, { description: "The organ's name." })
  organName: string;

  @Field(() => DateTimeISOResolver, { description: 'When the meeting starts.' })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it ends, if set.' })
  endsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'The video link, if the meeting can be followed online.' })
  videoUrl: string | null;

  @Field(() => Boolean, { description: 'Whether it is an extraordinary meeting.' })
  extraordinary: boolean;

  @Field(() => Boolean, { description: 'Whether the meeting is cancelled.' })
  cancelled: boolean;

  @Field(() => Boolean, { description: 'Whether the notice, agenda and papers have been sent.' })
  noticeSent: boolean;

  @Field(() => [PublicAgendaItem], { description: 'The agenda: submitted cases only, an exempt one without its title.' })
  agenda: PublicAgendaItem[];

  @Field(() => PublicMinutes, { nullable: true, description: 'The published minutes; null until they are published.' })
  minutes: PublicMinutes | null;
}

@ObjectType({ description: "An organ's open meetings of the year, and the address of its iCalendar feed." })
export class PublicCalendarOrgan {
  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => String, { description: "The organ's name." })
  name: string;

  @Field(() => String, { description: 'The path of the iCalendar feed to subscribe to: /ical/organs/{organId}.ics.' })
  icalPath: string;

  @Field(() => [PublicMeeting], { description: 'The open meetings of the year, in time order.' })
  meetings: PublicMeeting[];
}

@ObjectType({ description: "A community's public calendar: its organs' open meetings of a year." })
export class PublicCalendar {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: "The community's name." })
  communityName: string;

  @Field(() => Int, { description: 'The year shown.' })
  year: number;

  @Field(() => [PublicCalendarOrgan], { description: 'The organs, each with its open meetings of the year and its feed.' })
  organs: PublicCalendarOrgan[];
}
