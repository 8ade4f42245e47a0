import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { Case } from '../case/case.type.js';
import { toMeeting } from '../meeting/meeting.mapper.js';
import { AgendaItem } from '../meeting/agenda.type.js';
import { Meeting } from '../meeting/meeting.type.js';
import { CorrectDecisionInput, RecordAttendanceInput, RecordDecisionInput } from './decision.inputs.js';
import { mayReadDecision, mayReadDecisionContent, mayReadMeetingOutcome, mayRecordDecisions } from './decision.policy.js';
import {
  differsFromRecommendation,
  isMeetingUnderway,
  POSTPONEMENT_TARGETS_MAX,
  quorum,
  recommendationText,
  voteCounts,
} from './decision.rules.js';
import { AttendanceSheetLine, Attendee, Decision, DecisionVote, PostponementTarget, Quorum, VoteCounts } from './decision.type.js';

@Resolver()
export class DecisionMutationResolver {
  @Authorized<Access>('community:administer')
  @Mutation(() => Meeting, {
    description:
      "Sets a meeting's attendance as a whole, once it has started: who attended from the organ's composition on the meeting date, and which absent member each deputy stood in for (secretariat).",
  })
  async recordAttendance(
    @Arg('input', () => RecordAttendanceInput, { description: 'The meeting, the version read and everyone present.' })
    input: RecordAttendanceInput,
    @Ctx() { services, caller }: Context,
  ): Promise<Meeting> {
    return toMeeting(
      await services.decisions.recordAttendance(caller, {
        meetingId: parseId(input.meetingId, 'meetingId'),
        expectedVersion: input.expectedVersion ?? null,
        attendees: input.attendees.map((attendee, index) => ({
          appointmentId: parseId(attendee.appointmentId, `attendees[${index}].appointmentId`),
          standsInForAppointmentId: attendee.standsInForAppointmentId
            ? parseId(attendee.standsInForAppointmentId, `attendees[${index}].standsInForAppointmentId`)
            : null,
        })),
      }),
    );
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Decision, {
    description:
      "Records a case's decision at a meeting that has started: the case must be on the agenda and sent out with the notice; one decision per case per meeting (a change is a correction). The case becomes DECIDED, or POSTPONED (on the later meeting's agenda when postponedToMeetingId is given) (secretariat).",
  })
  async recordDecision(
    @Arg('input', () => RecordDecisionInput, { description: 'The meeting, the case and what was decided.' }) input: RecordDecisionInput,
    @Ctx() { services, caller, loaders }: Context,
  ): Promise<Decision> {
    const decision = await services.decisions.recordDecision(caller, {
      meetingId: parseId(input.meetingId, 'meetingId'),
      caseId: parseId(input.caseId, 'caseId'),
      kind: input.kind,
      text: input.text,
      votes: (input.votes ?? []).map((vote, index) => ({ personId: parseId(vote.personId, `votes[${index}].personId`), vote: vote.vote })),
      postponedToMeetingId: input.postponedToMeetingId ? parseId(input.postponedToMeetingId, 'postponedToMeetingId') : null,
    });
    return decisionById(loaders, decision.meetingId, decision.id);
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => Decision, {
    description:
      'Corrects the current decision of a case at a meeting: a new decision naming the one it corrects, with the reason (secretariat).',
  })
  async correctDecision(
    @Arg('input', () => CorrectDecisionInput, { description: 'The decision, what was decided and why it is corrected.' })
    input: CorrectDecisionInput,
    @Ctx() { services, caller, loaders }: Context,
  ): Promise<Decision> {
    const decision = await services.decisions.correctDecision(caller, {
      decisionId: parseId(input.decisionId, 'decisionId'),
      kind: input.kind,
      text: input.text,
      votes: (input.votes ?? []).map((vote, index) => ({ personId: parseId(vote.personId, `votes[${index}].personId`), vote: vote.vote })),
      reason: input.reason,
    });
    return decisionById(loaders, decision.meetingId, decision.id);
  }
}

@Resolver(() => Meeting)
export class MeetingDecisionsResolver {
  @FieldResolver(() => [Attendee], {
    description:
      "Not public: who attended a closed meeting (the community only; empty for others); an open meeting's attendance is public. In seat order.",
  })
  async attendance(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<Attendee[]> {
    if (!mayReadMeetingOutcome(caller, meeting)) return [];
    return loaders.attendanceByMeeting.load(meeting.id);
  }

  @FieldResolver(() => Quorum, {
    nullable: true,
    description: 'Whether the meeting was quorate, from its attendance; null for those who may not read the attendance.',
  })
  async quorum(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<Quorum | null> {
    if (!mayReadMeetingOutcome(caller, meeting)) return null;
    return Object.assign(new Quorum(), quorum(await loaders.attendanceByMeeting.load(meeting.id)));
  }

  @FieldResolver(() => [AttendanceSheetLine], {
    description:
      "Not public: the attendance sheet the secretariat records from: the organ's members, deputies and observers on the meeting date; empty for others.",
  })
  async attendanceSheet(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<AttendanceSheetLine[]> {
    if (!mayRecordDecisions(caller, meeting.communityId)) return [];
    return loaders.attendanceSheetByMeeting.load(meeting.id);
  }

  @FieldResolver(() => [Decision], {
    description:
      "Not public: a closed meeting's decisions (the community only; empty for others); an open meeting's are public, each decision's content as the case policy allows. The current decision of each case, in the order recorded.",
  })
  async decisions(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<Decision[]> {
    if (!mayReadMeetingOutcome(caller, meeting)) return [];
    return loaders.decisionsByMeeting.load(meeting.id);
  }

  @FieldResolver(() => [PostponementTarget], {
    description: `Not public: the later meetings of the organ a case decided POSTPONED here can move to (planned, notice not sent), soonest first, at most ${POSTPONEMENT_TARGETS_MAX}; for the secretariat, empty for others.`,
  })
  async postponementTargets(@Root() meeting: Meeting, @Ctx() { loaders, caller }: Context): Promise<PostponementTarget[]> {
    if (!mayRecordDecisions(caller, meeting.communityId)) return [];
    return loaders.postponementTargetsByMeeting.load(meeting.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may record attendance and decisions now: the secretariat, once the meeting has started, unless cancelled.',
  })
  canRecordDecisions(@Root() meeting: Meeting, @Ctx() { caller, services }: Context): boolean {
    return mayRecordDecisions(caller, meeting.communityId) && isMeetingUnderway(meeting, services.clock.now());
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemDecisionResolver {
  @FieldResolver(() => Decision, { nullable: true, description: "The case's current decision at this meeting; null until decided." })
  async decision(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<Decision | null> {
    const decisions = await loaders.decisionsByMeeting.load(item.meetingId);
    return decisions.find((decision) => decision.caseId === item.caseId) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The case's recommendation as one text, as a decision starts from it; null for those who may not read the case's content.",
  })
  async recommendationText(@Root() item: AgendaItem, @Ctx() { loaders }: Context): Promise<string | null> {
    const found = await loaders.caseById.load(item.caseId);
    return found?.row ? recommendationText(found.row.recommendation) : null;
  }
}

@Resolver(() => Case)
export class CaseDecisionsResolver {
  @FieldResolver(() => [Decision], {
    description:
      "The case's decisions, the current one per meeting that handled it (a postponed case is decided later), in meeting order; those of a closed meeting for the community only.",
  })
  async decisions(@Root() record: Case, @Ctx() { loaders, caller }: Context): Promise<Decision[]> {
    const decisions = await loaders.decisionsByCase.load(record.id);
    return decisions.filter((decision) => mayReadDecision(caller, decision));
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Not public when the case is exempt: the decision text; null for those who may not read the case's content.",
  })
  text(@Root() decision: Decision, @Ctx() { caller }: Context): string | null {
    return mayReadDecisionContent(caller, decision) ? decision.text : null;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      "Not public when the case is exempt: the recommendation as it stood when decided, as points; null for those who may not read the case's content.",
  })
  recommendation(@Root() decision: Decision, @Ctx() { caller }: Context): string[] | null {
    return mayReadDecisionContent(caller, decision) ? decision.recommendation : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the decision text differs from the recommendation as it stood; null for those who may not read the case's content.",
  })
  differsFromRecommendation(@Root() decision: Decision, @Ctx() { caller }: Context): boolean | null {
    return mayReadDecisionContent(caller, decision) ? differsFromRecommendation(decision.text, decision.recommendation) : null;
  }

  @FieldResolver(() => [DecisionVote], {
    description:
      "Not public when the case is exempt: each voting member's vote, by name (a unanimous vote may have none); empty for those who may not read the case's content.",
  })
  async votes(@Root() decision: Decision, @Ctx() { loaders, caller }: Context): Promise<DecisionVote[]> {
    if (!mayReadDecisionContent(caller, decision)) return [];
    const rows = await loaders.votesByDecision.load(decision.id);
    return rows.map(({ personId, name, vote }) => Object.assign(new DecisionVote(), { personId, name, vote }));
  }

  @FieldResolver(() => VoteCounts, {
    nullable: true,
    description: "For a decision by vote, the counts; null for other kinds and for those who may not read the case's content.",
  })
  async counts(@Root() decision: Decision, @Ctx() { loaders, caller }: Context): Promise<VoteCounts | null> {
    if (decision.kind !== 'VOTE' || !mayReadDecisionContent(caller, decision)) return null;
    return Object.assign(new VoteCounts(), voteCounts(await loaders.votesByDecision.load(decision.id)));
  }

  @FieldResolver(() => String, {
    description:
      "Where the decision record (særutskrift) is downloaded as an archival PDF (PDF/A, tagged), as the caller may read it: an exempt case's content withheld.",
  })
  recordPdfUrl(@Root() decision: Decision): string {
    return `/api/decisions/${decision.id}/record.pdf`;
  }

  @FieldResolver(() => [Decision], {
    description: 'The earlier versions this decision corrected, newest first; empty for an original.',
  })
  history(@Root() decision: Decision): Decision[] {
    return decision.earlier;
  }
}

/** The decision as just recorded, read back as every reader reads it. */
async function decisionById(loaders: Context['loaders'], meetingId: string, decisionId: string): Promise<Decision> {
  const found = (await loaders.decisionsByMeeting.load(meetingId)).find((decision) => decision.id === decisionId);
  if (!found) throw notFound('decision', decisionId);
  return found;
}
