import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { MinutesStateValue } from './minutes.rules.js';

export const MinutesState = {
  DRAFT: 'DRAFT',
  SENT: 'SENT',
  OBJECTED: 'OBJECTED',
  APPROVED: 'APPROVED',
  PUBLISHED: 'PUBLISHED',
} as const satisfies Record<MinutesStateValue, MinutesStateValue>;

registerEnumType(MinutesState, {
  name: 'MinutesState',
  description: "Where a meeting's minutes stand: drafted, sent for objections, objected to, approved, published.",
  valuesConfig: {
    DRAFT: { description: 'A draft the secretariat edits; not sent.' },
    SENT: { description: "Sent to the participants, awaiting objections until the organ's objection period ends." },
    OBJECTED: {
      description: 'A participant objected since the minutes were last sent: the secretariat resolves it and sends them again.',
    },
    APPROVED: { description: 'Approved: by silence when the objection period ended without objection.' },
    PUBLISHED: { description: 'Approved and published: public for an open meeting.' },
  },
});

@ObjectType({ description: 'How long until sent minutes count as approved by silence.' })
export class MinutesCountdown {
  @Field(() => Int, { description: 'Whole days left.' })
  days: number;

  @Field(() => Int, { description: 'Hours left beyond the whole days (rounded up).' })
  hours: number;
}

@ObjectType({ description: "A participant's objection to sent minutes, and its resolution. Not public." })
export class MinutesObjection {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => String, { description: 'The objection.' })
  text: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was raised (or received, when the secretariat recorded it).' })
  raisedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who recorded it: the participant, or the secretariat for one received by e-mail.' })
  raisedByName: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was resolved; null while it is not.' })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How it was resolved; null while it is not.' })
  resolution: string | null;
}

@ObjectType({ description: 'A correction of approved minutes: a new record with its reason; the approved text stays as it was.' })
export class MinutesCorrection {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => String, { description: 'The corrected text.' })
  text: string;

  @Field(() => String, { description: 'Why the minutes were corrected.' })
  reason: string;

  @Field(() => DateTimeISOResolver, { description: 'When the correction was recorded.' })
  recordedAt: Date;
}

@ObjectType({
  description:
    "A meeting's minutes (protokoll/referat) and their approval: internal to the community until published; an open meeting's published minutes are public.",
})
export class Minutes {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => MinutesState, { description: 'Where the minutes stand, computed from the clock: approval by silence needs no job.' })
  state: MinutesStateValue;

  @Field(() => String, { description: 'The text of the minutes, as approved once approved (corrections are separate records).' })
  body: string;

  @Field(() => Int, { description: 'Raised on each change; an edit names the version it read, and is refused if another came first.' })
  version: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the minutes were last sent to the participants.' })
  sentAt: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When objections close: sent plus the organ's objection period in whole days of 24 hours; null until sent.",
  })
  objectionDeadline: Date | null;

  @Field(() => MinutesCountdown, {
    nullable: true,
    description: 'Time left until approval by silence, while the minutes await objections; null otherwise.',
  })
  untilApproval: MinutesCountdown | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the minutes were approved (by silence: the deadline’s date).' })
  approvedOn: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they were approved by silence; null until approved.' })
  approvedBySilence: boolean | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When they were published; null until then.' })
  publishedAt: Date | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The last day to publish: the meeting's date plus the organ's protocol deadline; null when the organ sets none.",
  })
  publicationDeadline: string | null;

  @Field(() => Boolean, { description: 'Whether they were published after the deadline (also shown as a breach of the meeting).' })
  publishedLate: boolean;

  @Field(() => [MinutesObjection], { description: 'The objections, oldest first; empty for the public.' })
  objections: MinutesObjection[];

  @Field(() => [MinutesCorrection], { description: 'Corrections of the approved minutes, oldest first.' })
  corrections: MinutesCorrection[];

  @Field(() => String, {
    description:
      'Where the minutes are downloaded as an archival PDF (PDF/A, tagged), as the caller may read them: an exempt case by its public title, its decision withheld.',
  })
  pdfUrl: string;

  @Field(() => Boolean, { description: 'Whether the caller may edit the text now (the secretariat: a draft, or after an objection).' })
  canEdit: boolean;

  @Field(() => Boolean, {
    description: 'Whether the caller may send the minutes now (the secretariat: a draft, or once every objection is resolved).',
  })
  canSend: boolean;

  @Field(() => Boolean, { description: 'Whether the caller may publish the minutes now (the secretariat: approved, not published).' })
  canPublish: boolean;

  @Field(() => Boolean, {
    description: 'Whether the caller may raise an objection now (a participant, or the secretariat, before the deadline).',
  })
  canObject: boolean;

  @Field(() => Boolean, { description: 'Whether the caller may resolve objections (the secretariat).' })
  canResolveObjections: boolean;

  @Field(() => Boolean, { description: 'Whether the caller may record a correction (the secretariat: approved minutes).' })
  canCorrect: boolean;
}
