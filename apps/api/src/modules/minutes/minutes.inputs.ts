import { IsInt, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { messages, NotBlank } from '../../common/validation.js';

/** The longest minutes text: far more than any meeting's protocol. */
export const MINUTES_BODY_MAX = 200_000;

@InputType({ description: 'A new text of draft minutes (or of minutes being re-drafted after an objection).' })
export class UpdateMinutesInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, { description: 'The whole text of the minutes.' })
  @MaxLength(MINUTES_BODY_MAX, { message: messages.maxLength(MINUTES_BODY_MAX) })
  body: string;

  @Field(() => Int, { description: 'The version read; refused when another change came first.' })
  @IsInt({ message: messages.wholeNumber })
  expectedVersion: number;
}

@InputType({ description: "A participant's objection to sent minutes." })
export class RaiseMinutesObjectionInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, { description: 'The objection.' })
  @NotBlank()
  @MaxLength(5000, { message: messages.maxLength(5000) })
  text: string;
}

@InputType({ description: 'How an objection to the minutes was resolved.' })
export class ResolveMinutesObjectionInput {
  @Field(() => ID, { description: 'The objection.' })
  objectionId: string;

  @Field(() => String, { description: 'The resolution, e.g. "Rettet i punkt 3".' })
  @NotBlank()
  @MaxLength(5000, { message: messages.maxLength(5000) })
  resolution: string;
}

@InputType({ description: 'A correction of approved minutes: the corrected text and the reason; the approved text stays.' })
export class CorrectMinutesInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, { description: 'Why the minutes are corrected.' })
  @NotBlank()
  @MaxLength(2000, { message: messages.maxLength(2000) })
  reason: string;

  @Field(() => String, { description: 'The corrected text.' })
  @NotBlank()
  @MaxLength(MINUTES_BODY_MAX, { message: messages.maxLength(MINUTES_BODY_MAX) })
  text: string;
}
