import { firstDayOfYear, yearOf } from '@helsefellesskap/calendar';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { LocalDate } from '../../common/local-date.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Organ } from '../organ/organ.type.js';
import {
  AdoptMeetingPlanInput,
  CancelMeetingInput,
  RecordMeetingHeldInput,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from './meeting.inputs.js';
import { toMeeting, toMeetingPlan } from './meeting.mapper.js';
import { mayReadMeetingDetails } from './meeting.policy.js';
import {
  assertYear,
  meetingPlanWarnings,
  submissionDeadline,
  type MeetingPlanWarning as MeetingPlanWarningValue,
} from './meeting.rules.js';
import { Meeting, MeetingPlan, MeetingPlanWarning } from './meeting.type.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized<Access>('PUBLIC')
  @Query(() => Meeting, { description: 'One meeting; NOT_FOUND when no meeting has the id.' })
  async meeting(@Arg('id', () => ID, { description: "The meeting's id." }) id: string, @Ctx() { loaders }: Context): Promise<Meeting> {
    const meetingId = parseId(id, 'id');
    const meeting = await loaders.meetingById.load(meetingId);
    if (!meeting) throw notFound('meeting', meetingId);
    return meeting;
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, { description: "Schedules a meeting of an organ, at a date and time in Norway (the organ's secretariat)." })
  async scheduleMeeting(
    @Arg('input', () => ScheduleMeetingInput, { description: 'The organ and the details; each field is described on the input type.' })
    input: ScheduleMeetingInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.meetings.schedule(caller, parseId(input.organId, 'organId'), input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, {
    description: 'Moves or changes a planned meeting (or one whose notice is sent); not a held or cancelled one.',
  })
  async updateMeeting(
    @Arg('input', () => UpdateMeetingInput, { description: 'The meeting, the version read and the complete new details.' })
    input: UpdateMeetingInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.meetings.update(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, { description: 'Cancels a meeting that has not been held, with the reason; it stays in the plan as cancelled.' })
  async cancelMeeting(
    @Arg('input', () => CancelMeetingInput, { description: 'The meeting, the version read and the reason.' })
    input: CancelMeetingInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.meetings.cancel(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, { description: 'Records that a meeting was held: after its notice was sent and once it has started.' })
  async recordMeetingHeld(
    @Arg('input', () => RecordMeetingHeldInput, { description: 'The meeting and the version read.' })
    input: RecordMeetingHeldInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.meetings.recordHeld(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => MeetingPlan, { description: "Records the day an organ's meeting plan for a year was adopted (today or earlier)." })
  async adoptMeetingPlan(
    @Arg('input', () => AdoptMeetingPlanInput, { description: 'The organ, the year and the day.' })
    input: AdoptMeetingPlanInput,
    @Ctx() { services, caller }: Context,
  ): Promise<MeetingPlan> {
    const { organ, plan } = await services.meetings.adoptPlan(caller, input);
    return toMeetingPlan(organ, plan.year, plan);
  }

  @FieldResolver(() => Organ, { description: 'The organ that meets.' })
  async organ(@Root() meeting: Meeting, @Ctx() { loaders }: Context): Promise<Organ> {
    const organ = await loaders.meetingOrganById.load(meeting.organId);
    if (!organ) throw new Error(`Meeting ${meeting.id} has no organ.`);
    return organ;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Not public: the video link of a closed meeting (the community only); an open meeting's link is public.",
  })
  videoUrl(@Root() meeting: Meeting, @Ctx() { caller }: Context): string | null {
    return mayReadMeetingDetails(caller, meeting) ? meeting.videoUrl : null;
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description:
      "The last day a case may be submitted without the chair's exception, from the organ's rules on the meeting's date (an extraordinary meeting: its notice period); null when the rules set none.",
  })
  async submissionDeadline(@Root() meeting: Meeting, @Ctx() { loaders }: Context): Promise<string | null> {
    const rules = await loaders.rulesByOrganAt.load({ id: meeting.organId, argument: meeting.date });
    return rules ? submissionDeadline(meeting.date, meeting.kind, rules) : null;
  }
}

@Resolver(() => Organ)
export class OrganMeetingsResolver {
  @FieldResolver(() => [Meeting], {
    description: 'The meetings in a year (their date in Norway; default this year), in order, cancelled ones too.',
  })
  async meetings(
    @Root() organ: Organ,
    @Arg('year', () => Int, { nullable: true, description: 'The year; this year when left out.' }) year: number | null | undefined,
    @Ctx() { loaders, services }: Context,
  ): Promise<Meeting[]> {
    return loaders.meetingsByOrganInYear.load({ id: organ.id, argument: assertYear(year ?? yearOf(services.clock.today())) });
  }

  @FieldResolver(() => MeetingPlan, {
    description: 'The meeting plan for a year: its meetings, whether and when it was adopted, and its warnings.',
  })
  async meetingPlan(
    @Root() organ: Organ,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { loaders }: Context,
  ): Promise<MeetingPlan> {
    return toMeetingPlan(organ, assertYear(year), await loaders.meetingPlanByOrganInYear.load({ id: organ.id, argument: year }));
  }
}

@Resolver(() => MeetingPlan)
export class MeetingPlanResolver {
  @FieldResolver(() => [Meeting], { description: 'The meetings of the year, in order, cancelled ones too.' })
  async meetings(@Root() plan: MeetingPlan, @Ctx() { loaders }: Context): Promise<Meeting[]> {
    return loaders.meetingsByOrganInYear.load({ id: plan.organId, argument: plan.year });
  }

  @FieldResolver(() => [MeetingPlanWarning], {
    description: "What is amiss: not adopted before the year, adopted late, fewer ordinary meetings than the organ's rules ask for.",
  })
  async warnings(@Root() plan: MeetingPlan, @Ctx() { loaders, services }: Context): Promise<MeetingPlanWarningValue[]> {
    const [meetings, rules] = await Promise.all([
      loaders.meetingsByOrganInYear.load({ id: plan.organId, argument: plan.year }),
      loaders.rulesByOrganAt.load({ id: plan.organId, argument: firstDayOfYear(plan.year) }),
    ]);
    return meetingPlanWarnings({
      year: plan.year,
      adoptedOn: plan.adoptedOn,
      today: services.clock.today(),
      ordinaryMeetings: meetings.filter((meeting) => meeting.kind === 'ORDINARY' && meeting.state !== 'CANCELLED').length,
      meetingsPerYear: rules?.meetingsPerYear ?? null,
    });
  }
}
