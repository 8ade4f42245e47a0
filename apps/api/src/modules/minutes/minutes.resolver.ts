import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Meeting } from '../meeting/meeting.type.js';
import { CorrectMinutesInput, RaiseMinutesObjectionInput, ResolveMinutesObjectionInput, UpdateMinutesInput } from './minutes.inputs.js';
import { mayWriteMinutes } from './minutes.policy.js';
import { Minutes } from './minutes.type.js';

@Resolver(() => Meeting)
export class MeetingMinutesResolver {
  @FieldResolver(() => Minutes, {
    nullable: true,
    description:
      "The meeting's minutes: null when none are drafted, or none the caller may read (the community's users; the public once an open meeting's minutes are published).",
  })
  async minutes(@Root() meeting: Meeting, @Ctx() { loaders, services, caller }: Context): Promise<Minutes | null> {
    const bundle = await loaders.minutesByMeeting.load(meeting.id);
    return bundle ? services.minutes.view(caller, bundle) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may draft the minutes now: the secretariat, for a held meeting that has none yet.',
  })
  async canDraftMinutes(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<boolean> {
    if (meeting.state !== 'HELD' || !mayWriteMinutes(caller, meeting.communityId)) return false;
    return (await loaders.minutesByMeeting.load(meeting.id)) === null;
  }
}

@Resolver(() => Minutes)
export class MinutesResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => Minutes, {
    description:
      'Drafts the minutes of a held meeting: organ, date, place, attendance (who stood in for whom), each agenda item with its decision and split votes, as text to edit (secretariat).',
  })
  async draftMinutes(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Minutes> {
    return services.minutes.draft(caller, parseId(meetingId, 'meetingId'));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Minutes, {
    description:
      'Replaces the text of draft minutes, or of minutes re-drafted after an objection; refused once sent or approved (secretariat).',
  })
  async updateMinutes(
    @Arg('input', () => UpdateMinutesInput, { description: 'The meeting, the text and the version read.' }) input: UpdateMinutesInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Minutes> {
    return services.minutes.update(caller, {
      meetingId: parseId(input.meetingId, 'meetingId'),
      body: input.body,
      expectedVersion: input.expectedVersion,
    });
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Minutes, {
    description:
      "Sends the minutes to the participants by e-mail and starts the organ's objection period; again once every objection is resolved (secretariat).",
  })
  async sendMinutes(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Minutes> {
    return services.minutes.send(caller, parseId(meetingId, 'meetingId'));
  }

  @Authorized<Access>('community:read-internal')
  @Mutation(() => Minutes, {
    description:
      'Raises an objection to sent minutes before the deadline: a participant of the meeting, or the secretariat recording one received by e-mail.',
  })
  async raiseMinutesObjection(
    @Arg('input', () => RaiseMinutesObjectionInput, { description: 'The meeting and the objection.' }) input: RaiseMinutesObjectionInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Minutes> {
    return services.minutes.raiseObjection(caller, { meetingId: parseId(input.meetingId, 'meetingId'), text: input.text });
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Minutes, { description: 'Resolves an objection to the minutes, with how (secretariat).' })
  async resolveMinutesObjection(
    @Arg('input', () => ResolveMinutesObjectionInput, { description: 'The objection and its resolution.' })
    input: ResolveMinutesObjectionInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Minutes> {
    return services.minutes.resolveObjection(caller, {
      objectionId: parseId(input.objectionId, 'objectionId'),
      resolution: input.resolution,
    });
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Minutes, {
    description: "Publishes approved minutes: public for an open meeting; after the organ's deadline it shows as a breach (secretariat).",
  })
  async publishMinutes(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<Minutes> {
    return services.minutes.publish(caller, parseId(meetingId, 'meetingId'));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Minutes, {
    description: 'Corrects approved minutes: a new record with the reason; the approved text stays unchanged (secretariat).',
  })
  async correctMinutes(
    @Arg('input', () => CorrectMinutesInput, { description: 'The meeting, the reason and the corrected text.' }) input: CorrectMinutesInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Minutes> {
    return services.minutes.correct(caller, {
      meetingId: parseId(input.meetingId, 'meetingId'),
      reason: input.reason,
      text: input.text,
    });
  }
}
