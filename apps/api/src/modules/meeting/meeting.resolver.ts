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
import { mayReadCaseContent } from '../case/case.policy.js';
import { Case } from '../case/case.type.js';
import { AddAgendaItemInput, AgendaItemKeyInput, RecordLateExceptionInput, ReorderAgendaInput } from './agenda.inputs.js';
import { meetingBreaches, noticeDays } from './agenda.rules.js';
import { AgendaItem, MeetingBreach } from './agenda.type.js';
import { toAgendaItem, toMeeting, toMeetingBreach, toMeetingPlan } from './meeting.mapper.js';
import { mayReadMeetingDetails, mayWriteMeetings } from './meeting.policy.js';
import {
  assertYear,
  meetingPlanWarnings,
  submissionDeadline,
  type MeetingPlanWarning as MeetingPlanWarningValue,
} from './meeting.rules.js';
import { Meeting, MeetingPlan, MeetingPlanWarning } from './meeting.type.js';
import { minutesBreach, publicationDeadline } from '../minutes/minutes.rules.js';

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
    return deadlineOf(meeting, loaders);
  }

  @FieldResolver(() => [AgendaItem], {
    description:
      "Not public: the agenda of a closed meeting (the community only; empty for others). An open meeting's agenda is public, and each case shows what the case policy lets the caller see.",
  })
  async agenda(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<AgendaItem[]> {
    if (!mayReadMeetingDetails(caller, meeting)) return [];
    const [rows, deadline] = await Promise.all([loaders.agendaByMeeting.load(meeting.id), deadlineOf(meeting, loaders)]);
    return rows.map((row) => toAgendaItem(row, deadline));
  }

  @FieldResolver(() => [MeetingBreach], {
    description:
      "Every rule of the organ's procedure the meeting did not keep: late cases (with or without the chair's exception; on a closed meeting, for the community only), a late or overdue notice.",
  })
  async breaches(@Root() meeting: Meeting, @Ctx() { loaders, caller, services }: Context): Promise<MeetingBreach[]> {
    const [rows, rules, minutesRules, minutes] = await Promise.all([
      mayReadMeetingDetails(caller, meeting) ? loaders.agendaByMeeting.load(meeting.id) : Promise.resolve([]),
      loaders.meetingRules.load(meeting.id),
      loaders.minutesRules.load(meeting.id),
      loaders.minutesByMeeting.load(meeting.id),
    ]);
    const positions = new Map(rows.map((row) => [row.caseId, row.position]));
    const minutesBreachFound = minutesBreach({
      meetingState: meeting.state,
      publishedAt: minutes?.minutes.publishedAt ?? null,
      deadline: minutesRules ? publicationDeadline(meeting.date, minutesRules.protocolDeadlineDays) : null,
      today: services.clock.today(),
    });
    const minutesBreaches = minutesBreachFound ? [{ ...minutesBreachFound, caseId: null, exceptionReason: null }] : [];
    return [
      ...meetingBreaches({
        meeting,
        submissionDeadline: rules ? submissionDeadline(meeting.date, meeting.kind, rules) : null,
        noticeDays: rules ? noticeDays(meeting.kind, rules) : null,
        items: rows.map((row) => ({ caseId: row.caseId, submittedOn: row.caseSubmittedOn, exceptionReason: row.lateExceptionReason })),
        today: services.clock.today(),
      }),
      ...minutesBreaches,
    ].map((breach) => toMeetingBreach(breach, breach.caseId ? (positions.get(breach.caseId) ?? null) : null));
  }

  @FieldResolver(() => [Case], {
    description:
      "Not public: the organ's submitted (or postponed) cases that wait for an agenda, newest first, for the community's secretariat; empty for others.",
  })
  async agendaCandidates(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<Case[]> {
    if (!mayWriteMeetings(caller, meeting.communityId)) return [];
    const ids = await loaders.agendaCandidateIdsByOrgan.load(meeting.organId);
    const found = await loaders.caseById.loadMany(ids);
    return found.filter((candidate): candidate is Case => candidate instanceof Case);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, {
    description:
      "Puts a submitted case of the organ last on a meeting's agenda; a case submitted after the deadline needs the chair's exception and reason.",
  })
  async addAgendaItem(
    @Arg('input', () => AddAgendaItemInput, { description: 'The meeting, the case and, for a late case, the exception.' })
    input: AddAgendaItemInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.agenda.add(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, { description: "Takes a case off a meeting's agenda; the case is submitted again, free for another meeting." })
  async removeAgendaItem(
    @Arg('input', () => AgendaItemKeyInput, { description: 'The meeting and the case.' }) input: AgendaItemKeyInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.agenda.remove(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, { description: "Puts a meeting's agenda in a new order (every case once)." })
  async reorderAgenda(
    @Arg('input', () => ReorderAgendaInput, { description: 'The meeting and its cases in the new order.' }) input: ReorderAgendaInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.agenda.reorder(caller, input));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, { description: "Records the chair's exception for a late case on the agenda, with the reason." })
  async recordLateException(
    @Arg('input', () => RecordLateExceptionInput, { description: 'The meeting, the case and the reason.' }) input: RecordLateExceptionInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(await services.agenda.recordLateException(caller, input));
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

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Case, {
    description:
      "The case, as the case policy lets the caller see it: an exempt case's title only for those who may read it (else its public title, or null).",
  })
  async case(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<Case> {
    const found = await loaders.caseById.load(item.caseId);
    if (!found) throw new Error(`Agenda item of meeting ${item.meetingId} has a case the caller may not see.`);
    return found;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Why the chair let the case on though late; shown to whoever may read the case's content (an exempt case's: the community's readers of exempt papers).",
  })
  lateExceptionReason(@Root() item: AgendaItem, @Ctx() { caller }: Context): string | null {
    const record = { communityId: item.caseCommunityId, status: item.caseStatus, access: item.caseAccess };
    return mayReadCaseContent(caller, record) ? item.lateExceptionReason : null;
  }
}

/** The deadline for submitting cases to the meeting, from the organ's rules on its date. */
async function deadlineOf(meeting: Meeting, loaders: Context['loaders']): Promise<string | null> {
  const rules = await loaders.meetingRules.load(meeting.id);
  return rules ? submissionDeadline(meeting.date, meeting.kind, rules) : null;
}
