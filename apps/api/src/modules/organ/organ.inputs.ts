import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';
import type { DecisionRule as DecisionRuleValue, OrganKind as OrganKindValue } from './organ.entity.js';
import { DecisionRule, OrganKind } from './organ.type.js';

@InputType('ProcedureRulesInput', {
  description: 'Rules of procedure that change from a date (periods in days); left-out values are unknown.',
})
export class ProcedureRulesInput {
  @Field(() => Int, { nullable: true, description: 'Ordinary meetings a year (SSU: 4).' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  meetingsPerYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days before a meeting by which cases must be submitted (SSU: 28).' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  caseSubmissionDeadlineDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days before a meeting the notice and papers are sent, at least (partnership meeting: 14).',
  })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  noticePeriodDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days before a meeting the notice is sent, at most (partnership meeting: 21).' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  noticePeriodMaxDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days of notice for an extraordinary meeting (SSU: 7).' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  extraordinaryNoticeDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days after a meeting by which the protocol or minutes must be sent or published (7).' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  protocolDeadlineDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days within which an objection to the minutes must come, else they count as approved (SSU: 4).',
  })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(0, { message: messages.nonNegative })
  minutesObjectionPeriodDays?: number | null;

  @Field(() => DecisionRule, { description: 'Consensus or vote.' })
  @IsIn(Object.values(DecisionRule))
  decisionRule: DecisionRuleValue;
}

@InputType({ description: "An organ's rules of procedure (periods in days); left-out values are unknown." })
export class OrganRulesInput extends ProcedureRulesInput {
  @Field(() => ID, { nullable: true, description: 'The organ of the same community that elects the chair and vice-chair.' })
  officersElectedByOrganId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Years a chair serves before the chair passes to the other side.' })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(1, { message: 'must be 1 or more' })
  chairRotationYears?: number | null;
}

@InputType({ description: 'A new organ.' })
export class CreateOrganInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Name, unique in the community.' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name: string;

  @Field(() => OrganKind, { description: 'The kind of body.' })
  @IsIn(Object.values(OrganKind))
  kind: OrganKindValue;

  @Field(() => LocalDate, { nullable: true, description: 'The day the organ was established.' })
  establishedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the organ was dissolved; empty while it exists.' })
  dissolvedOn?: string | null;

  @Field(() => OrganRulesInput, { description: 'Rules of procedure.' })
  @ValidateNested()
  rules: OrganRulesInput;
}

@InputType({ description: 'Changes to an organ; fields left out stay as they are, null clears a date.' })
export class UpdateOrganInput {
  @Field(() => String, { nullable: true, description: 'Name, unique in the community; left out keeps it.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string;

  @Field(() => OrganKind, { nullable: true, description: 'The kind of body; left out keeps it.' })
  @IfGiven()
  @IsIn(Object.values(OrganKind))
  kind?: OrganKindValue;

  @Field(() => LocalDate, { nullable: true, description: 'The day the organ was established.' })
  establishedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the organ was dissolved; empty while it exists.' })
  dissolvedOn?: string | null;

  @Field(() => OrganRulesInput, {
    nullable: true,
    description:
      "The complete rules of procedure, in force from today; rules the same as today's make no new version (as when only the officers' rules change).",
  })
  @IfGiven()
  @ValidateNested()
  rules?: OrganRulesInput;
}

@InputType({ description: "A new version of an organ's rules of procedure, in force from a date (today or later)." })
export class ChangeOrganRulesInput extends ProcedureRulesInput {
  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => LocalDate, {
    description: 'The day the rules take effect: today or later, so what earlier meetings and deadlines were bound by stays.',
  })
  effectiveFrom: string;
}
