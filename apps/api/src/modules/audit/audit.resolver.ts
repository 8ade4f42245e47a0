import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { AuditFilterInput } from './audit.inputs.js';
import { MAX_AUDIT_PAGE } from './audit.service.js';
import { AuditEvent, AuditEventPage } from './audit.type.js';

const CURSOR = /^[0-9]{1,18}$/;

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized<Access>('audit:read')
  @Query(() => AuditEventPage, {
    description: "The community's audit log, newest first, filtered by record, user and period (secretariat).",
  })
  async auditEvents(
    @Arg('filter', () => AuditFilterInput, { description: 'Which events to list, newest first, a page at a time.' })
    filter: AuditFilterInput,
    @Arg('first', () => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_AUDIT_PAGE}.` }) first: number,
    @Arg('before', () => String, { nullable: true, description: 'nextBefore of the previous page.' }) before: string | null | undefined,
    @Ctx() { services, caller }: Context,
  ): Promise<AuditEventPage> {
    if (first < 1 || first > MAX_AUDIT_PAGE) {
      throw badUserInput('first', 'OUT_OF_RANGE', { min: 1, max: MAX_AUDIT_PAGE }, `must be between 1 and ${MAX_AUDIT_PAGE}`);
    }
    if (typeof before === 'string' && !CURSOR.test(before)) throw badUserInput('before', 'INVALID_PAGE_CURSOR', {}, 'is not a page cursor');
    const { events, nextBefore } = await services.audit.find(caller, {
      communityId: parseId(filter.communityId, 'filter.communityId'),
      entityType: filter.entityType ?? undefined,
      entityId: filter.entityId ?? undefined,
      actorUserId: filter.userId ? parseId(filter.userId, 'filter.userId') : undefined,
      from: filter.from ?? undefined,
      to: filter.to ?? undefined,
      beforeId: before ?? undefined,
      limit: first,
    });
    return Object.assign(new AuditEventPage(), { events: events.map((event) => Object.assign(new AuditEvent(), event)), nextBefore });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The record by name, as it is called now (a partner\'s or person\'s name; "organ – seat" for a seat, "person – seat" for an appointment, "title – year" for a status report); null when it no longer exists.',
  })
  entityName(@Root() event: AuditEvent, @Ctx() { loaders }: Context): Promise<string | null> {
    return loaders.auditRecordName.load({ entityType: event.entityType, entityId: event.entityId });
  }
}
