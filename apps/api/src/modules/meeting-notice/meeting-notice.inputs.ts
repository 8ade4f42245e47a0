import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { messages } from '../../common/validation.js';

@InputType({ description: "A member's absence (forfall) from a meeting." })
export class ReportAbsenceInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, { description: "The member's appointment on the meeting date." })
  memberAppointmentId: string;

  @Field(() => String, { nullable: true, description: 'The reason, if the member gives one.' })
  @IsOptional()
  @MaxLength(500, { message: messages.maxLength(500) })
  reason?: string | null;
}

@InputType({ description: 'Call in a deputy for an absent member.' })
export class CallInDeputyInput {
  @Field(() => ID, { description: 'The reported absence.' })
  absenceId: string;

  @Field(() => ID, { description: "The deputy's appointment: the member's personal deputy, or one from the hospital's list." })
  deputyAppointmentId: string;
}
