import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../../common/ids.js';
import { LocalDate } from '../../common/local-date.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Community } from '../community/community.type.js';
import { RecordFollowUpInput } from './follow-up.inputs.js';
import { FollowUp, FollowUpMatrix, OverdueFollowUp } from './follow-up.type.js';

@Resolver()
export class FollowUpResolver {
  @Authorized<Access>('community:read-internal')
  @Query(() => FollowUp, {
    description:
      "A binding decision (the current decision by consensus) with each partner's local handling: one row per partner on its date (the community's users).",
  })
  async followUp(
    @Arg('decisionId', () => ID, { description: 'The decision: its original or any correction of it.' }) decisionId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<FollowUp> {
    return services.followUps.followUp(caller, parseId(decisionId, 'decisionId'));
  }

  @Authorized<Access>('follow-up:record')
  @Mutation(() => FollowUp, {
    description:
      "Records a partner's local handling of a binding decision: the secretariat for any partner, a municipality user for its own (refused when stale).",
  })
  async recordFollowUp(
    @Arg('input', () => RecordFollowUpInput, { description: 'The values; each field is described on the input type.' })
    input: RecordFollowUpInput,
    @Ctx() { services, caller }: Context,
  ): Promise<FollowUp> {
    return services.followUps.record(caller, {
      decisionId: parseId(input.decisionId, 'decisionId'),
      partnerId: parseId(input.partnerId, 'partnerId'),
      status: input.status,
      localReference: input.localReference ?? null,
      localDate: input.localDate ?? null,
      note: input.note ?? null,
      expectedVersion: input.expectedVersion,
    });
  }
}

@Resolver(() => Community)
export class CommunityFollowUpResolver {
  @FieldResolver(() => FollowUpMatrix, {
    description: "The binding decisions of a period × the partners, with each partner's local handling (the community's users).",
  })
  async followUpMatrix(
    @Root() community: Community,
    @Arg('from', () => LocalDate, { description: 'The first day of the period (decided on or after).' }) from: string,
    @Arg('to', () => LocalDate, { description: 'The last day of the period (decided on or before).' }) to: string,
    @Ctx() { services, caller }: Context,
  ): Promise<FollowUpMatrix> {
    return services.followUps.matrix(caller, community.id, from, to);
  }

  @FieldResolver(() => [OverdueFollowUp], {
    description:
      "The binding decisions a partner has neither adopted nor declined after the given days, oldest first (the community's users).",
  })
  async followUpsOverdue(
    @Root() community: Community,
    @Ctx() { services, caller }: Context,
    @Arg('olderThanDays', () => Int, { nullable: true, description: 'Days after the decision; 90 when left out.' })
    olderThanDays?: number | null,
    @Arg('partnerId', () => ID, { nullable: true, description: 'Only this municipality (or the hospital trust); all when left out.' })
    partnerId?: string | null,
  ): Promise<OverdueFollowUp[]> {
    return services.followUps.overdue(caller, community.id, olderThanDays ?? null, partnerId ? parseId(partnerId, 'partnerId') : null);
  }
}
