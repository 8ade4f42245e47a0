import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { messages, NotBlank } from '../../common/validation.js';
import type { MeetingKind as MeetingKindValue } from './meeting.entity.js';
import { MeetingKind } from './meeting.type.js';

const VIDEO_URL = { protocols: ['https', 'http'], require_protocol: true };

@InputType({ description: 'When and where a meeting is held: its date and times in Norway (Europe/Oslo).' })
export class MeetingDetailsInput {
  @Field(() => LocalDate, { description: 'The date of the meeting in Norway.' })
  date: string;

  @Field(() => String, { description: 'The time it starts in Norway, HH:MM (e.g. "10:00").' })
  @IsString()
  startTime: string;

  @Field(() => String, { nullable: true, description: 'The time it ends in Norway, HH:MM; left out when not known.' })
  @IsOptional()
  @IsString()
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is held; a place or a video link (or both) is needed.' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: messages.maxLength(300) })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The video link (https://…), for a meeting held on video or both.' })
  @IsOptional()
  @IsUrl(VIDEO_URL, { message: 'must be a web address starting with https://' })
  @MaxLength(500, { message: messages.maxLength(500) })
  videoUrl?: string | null;

  @Field(() => Boolean, { description: 'Open to the public (the partnership meeting and the dialogue meeting are).' })
  @IsBoolean()
  isOpen: boolean;

  @Field(() => MeetingKind, { description: 'Ordinary (of the yearly plan) or extraordinary.' })
  @IsIn(Object.values(MeetingKind))
  kind: MeetingKindValue;
}

@InputType({ description: 'A new meeting of an organ.' })
export class ScheduleMeetingInput extends MeetingDetailsInput {
  @Field(() => ID, { description: 'The organ that meets.' })
  organId: string;
}

@InputType({ description: 'A meeting moved or changed: the complete new details, and the version they were read at.' })
export class UpdateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, { description: 'The version of the meeting the change was made from; refused when it has changed since.' })
  @IsInt({ message: messages.wholeNumber })
  version: number;
}

@InputType({ description: 'A meeting cancelled, with the reason.' })
export class CancelMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, { description: 'The version of the meeting the change was made from.' })
  @IsInt({ message: messages.wholeNumber })
  version: number;

  @Field(() => String, { description: 'Why it is cancelled (shown on the meeting).' })
  @IsString()
  @NotBlank()
  @MaxLength(1000, { message: messages.maxLength(1000) })
  reason: string;
}

@InputType({ description: 'A meeting recorded as held.' })
export class RecordMeetingHeldInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Int, { description: 'The version of the meeting the change was made from.' })
  @IsInt({ message: messages.wholeNumber })
  version: number;
}

@InputType({ description: "An organ's meeting plan for a year recorded as adopted (the agreement: before the year starts)." })
export class AdoptMeetingPlanInput {
  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => Int, { description: 'The year of the plan.' })
  @IsInt({ message: messages.wholeNumber })
  @Min(1900, { message: 'must be 1900 or later' })
  @Max(2199, { message: 'must be 2199 or earlier' })
  year: number;

  @Field(() => LocalDate, { description: 'The day it was adopted: today or earlier; on or after 1 January of its year is late.' })
  adoptedOn: string;
}
