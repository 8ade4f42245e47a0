import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';

@Resolver()
export class CalendarResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => LocalDate, {
    description:
      'Today\'s date in Norway as the server counts it: the date every "as of" question defaults to and "not in the future" is judged by. Clients use it rather than their own clock.',
  })
  today(@Ctx() { services }: Context): string {
    return services.clock.today();
  }
}
