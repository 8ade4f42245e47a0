import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { PublicCalendar } from './public-calendar.type.js';

@Resolver()
export class PublicCalendarResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => PublicCalendar, {
    description: "A community's public calendar: its organs' open meetings of a year with their public agendas; no sign-in needed.",
  })
  async publicCalendar(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Arg('year', () => Int, { nullable: true, description: 'The year (default: this year).' }) year: number | null,
    @Ctx() { services }: Context,
  ): Promise<PublicCalendar> {
    return services.publicCalendar.calendar(parseId(communityId, 'communityId'), year ?? null);
  }
}
