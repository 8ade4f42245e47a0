import { IsIn, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { messages } from '../../common/validation.js';
import type { FollowUpStatusValue } from '../decision/decision.entity.js';
import { FollowUpStatus } from './follow-up.type.js';

@InputType({ description: "A partner's local handling of a binding decision, as the municipality (or the secretariat) records it." })
export class RecordFollowUpInput {
  @Field(() => ID, { description: 'The decision (its original or any correction of it).' })
  decisionId: string;

  @Field(() => ID, { description: 'The partner whose handling this is.' })
  partnerId: string;

  @Field(() => FollowUpStatus, { description: 'The local handling.' })
  @IsIn(Object.values(FollowUpStatus))
  status: FollowUpStatusValue;

  @Field(() => String, {
    nullable: true,
    description: 'The local decision\'s reference, e.g. "K-sak 61/2022, Rødøy kommunestyre"; required when ADOPTED or DECLINED.',
  })
  @IsOptional()
  @MaxLength(200, { message: messages.maxLength(200) })
  localReference?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The date of the local decision: not before the decision, not after today; required when ADOPTED or DECLINED.',
  })
  localDate?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on the handling.' })
  @IsOptional()
  @MaxLength(2000, { message: messages.maxLength(2000) })
  note?: string | null;

  @Field(() => Int, { description: "The row's version as read (0 when nothing was recorded yet); a stale one is refused." })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion: number;
}
