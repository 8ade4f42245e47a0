import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One recorded change: who, when, what, to which record, before and after.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Increasing with time.' })
  id: string;

  @Field(() => DateTimeISOResolver, { description: 'When the change was made.' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The user who made it; null for the system.' })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: "The user's e-mail at the time." })
  actorEmail: string | null;

  @Field(() => String, { description: 'CREATE, UPDATE or DELETE.' })
  action: string;

  @Field(() => String, { description: 'The kind of record, e.g. "Partner".' })
  entityType: string;

  @Field(() => String, { description: 'The id of the record.' })
  entityId: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The record before the change; null for a creation.' })
  before: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The record after the change; null for a deletion.' })
  after: Record<string, unknown> | null;
}

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventPage {
  @Field(() => [AuditEvent], { description: 'The events.' })
  events: AuditEvent[];

  @Field(() => String, { nullable: true, description: 'Pass as `before` for the next, older page; null on the last page.' })
  nextBefore: string | null;
}
