import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

export const AUDITED_ENTITY_TYPES = [
  'Community',
  'Partner',
  'PartnerPopulation',
  'PopulationImport',
  'RegionalCouncil',
  'Organ',
  'OrganRuleVersion',
  'CoordinatorBudget',
  'User',
  'RoleAssignment',
  'Person',
  'Seat',
  'Appointment',
  'StatusUpdate',
  'StatusReport',
  'Meeting',
  'MeetingPlan',
  'AgendaItem',
  'Case',
  'CaseAttachment',
  'MeetingNotice',
  'MeetingAbsence',
  'MeetingAttendance',
  'Decision',
  'FollowUp',
] as const;

@InputType({ description: 'Which audit events to show.' })
export class AuditFilterInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { nullable: true, description: `The kind of record: ${AUDITED_ENTITY_TYPES.join(', ')}.` })
  @IsOptional()
  @IsIn(AUDITED_ENTITY_TYPES, { message: `must be one of ${AUDITED_ENTITY_TYPES.join(', ')}` })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'One record.' })
  @IsOptional()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes made by this user.' })
  userId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'From this moment (inclusive).' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Until this moment (exclusive).' })
  to?: Date | null;
}
