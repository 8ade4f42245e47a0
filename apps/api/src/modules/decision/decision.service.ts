import { osloDate } from '@helsefellesskap/calendar';
import type { Clock } from '../../common/clock.js';
import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import { renderDecisionRecordPdf } from '../../documents/decision-record.pdf.js';
import { fileSlug } from '../../documents/file-slug.js';
import { SYSTEM_CALLER, type Caller } from '../auth/caller.js';
import type { RecordAccess } from '../case/case.entity.js';
import { visibleCaseTitle } from '../case/case.policy.js';
import type { AgendaService } from '../meeting/agenda.service.js';
import type { MeetingEntity } from '../meeting/meeting.entity.js';
import { DecisionEntity, type DecisionKindValue } from './decision.entity.js';
import { decisionPdfView, standsInForByPerson } from './decision-pdf-view.js';
import { assertMayRecordDecisions, mayReadDecision, mayReadDecisionContent } from './decision.policy.js';
import {
  assertDecidable,
  assertMeetingUnderway,
  assertPostponedToFitsKind,
  attendanceComposition,
  attendeesAsRecorded,
  caseStatusAfter,
  checkAttendance,
  checkVotes,
  recommendationText,
  type AttendeeInput,
  type RecordedVote,
  type VoteInputValue,
} from './decision.rules.js';

/** What a decision is recorded (or corrected) with. */
export interface DecisionValues {
  kind: DecisionKindValue;
  text: string;
  votes: readonly VoteInputValue[];
}

/**
 * A meeting's attendance and decisions (ADR 0027). Each write locks the meeting (and the decided case), checks
 * the rules in decision.rules.ts and records its rows with one audit event per record in one transaction;
 * the unique indexes refuse what a parallel request slipped past the checks (mapped to CONFLICT).
 */
export class DecisionService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
    private readonly agenda: AgendaService,
  ) {}

  /**
   * The decision record (særutskrift) as an archival PDF, as the caller may read it: the decision as its
   * meeting allows (decision.policy.ts), an exempt case under its public title with its recommendation,
   * text and votes withheld unless the caller may read the case's content. A constant number of statements.
   */
  async recordPdf(caller: Caller, decisionId: string): Promise<{ filename: string; content: Buffer }> {
    const repositories = this.repositories;
    const decision = await repositories.decisions.readDecision(decisionId);
    if (!decision || !mayReadDecision(caller, decision)) throw notFound('decision', decisionId);
    const meeting = await repositories.meetingNotices.readMeeting(decision.meetingId);
    const [record] = await repositories.cases.readByIds([decision.caseId]);
    if (!meeting || !record) throw notFound('decision', decisionId);
    const votes = await repositories.decisions.readVotes([decision.id]);
    const attendance = await repositories.decisions.readAttendance([decision.meetingId]);
    const readable = mayReadDecisionContent(caller, decision);
    const content = await renderDecisionRecordPdf({
      communityName: meeting.communityName,
      organName: meeting.organName,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      reference: record.reference,
      title: visibleCaseTitle(caller, record),
      exemptionBasis: record.access === 'EXEMPT' ? (record.exemptionBasis ?? 'unntatt') : null,
      recommendation: readable && decision.recommendation.length > 0 ? recommendationText(decision.recommendation) : null,
      decision: decisionPdfView(caller, decision, votes, standsInForByPerson(attendance)),
      correctionReason: decision.correctionReason,
      certifiedOn: this.clock.today(),
      certifiedBy: `Sekretariatet, ${meeting.communityName}`,
    });
    return { filename: `saerutskrift-${fileSlug(record.reference) || 'vedtak'}.pdf`, content };
  }

  /** Sets the meeting's attendance as a whole: who attended, and which absent member each deputy stood in for. */
  recordAttendance(
    caller: Caller,
    input: { meetingId: string; expectedVersion: number | null; attendees: readonly AttendeeInput[] },
  ): Promise<MeetingEntity> {
    return this.inTransaction(async (repositories) => {
      const meeting = await this.meetingFor(repositories, caller, input.meetingId);
      const attendees = checkAttendance(await this.compositionOf(repositories, meeting), input.attendees);
      if (!(await repositories.decisions.raiseMeetingVersion(meeting.id, input.expectedVersion))) {
        throw conflict('CONCURRENT_CHANGE', {}, 'The meeting was changed by someone else; reload and try again.', 'expectedVersion');
      }
      const before = await repositories.decisions.readAttendance([meeting.id]);
      const recordedAt = this.clock.now();
      await repositories.decisions.replaceAttendance(
        meeting.id,
        attendees.map((attendee) => ({
          communityId: meeting.communityId,
          meetingId: meeting.id,
          appointmentId: attendee.appointmentId,
          personId: attendee.holder.personId,
          standsInForAppointmentId: attendee.standsInForAppointmentId,
          recordedAt,
          recordedBy: actorUserId(caller),
        })),
      );
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'MeetingAttendance',
        entityId: meeting.id,
        communityId: meeting.communityId,
        before: { attendees: before.map(({ appointmentId, standsInForAppointmentId }) => ({ appointmentId, standsInForAppointmentId })) },
        after: {
          attendees: attendees.map(({ appointmentId, standsInForAppointmentId }) => ({ appointmentId, standsInForAppointmentId })),
        },
      });
      meeting.version += 1;
      return meeting;
    });
  }

  /**
   * Records the decision of a case on the meeting's agenda; the case becomes DECIDED, or POSTPONED: then, when
   * a later meeting is named, the case joins that meeting's agenda in the same transaction.
   */
  recordDecision(
    caller: Caller,
    input: DecisionValues & { meetingId: string; caseId: string; postponedToMeetingId?: string | null },
  ): Promise<DecisionEntity> {
    const postponedToMeetingId = input.postponedToMeetingId ?? null;
    assertPostponedToFitsKind(input.kind, postponedToMeetingId);
    return this.inTransaction(async (repositories) => {
      const meeting = await this.meetingFor(repositories, caller, input.meetingId);
      const postponedTo = postponedToMeetingId
        ? await this.agenda.lockPostponementTarget(repositories, meeting, postponedToMeetingId)
        : null;
      const record = await repositories.decisions.findCaseToDecide(meeting.id, input.caseId);
      // A case of another community is, like any other, not on this meeting's agenda.
      if (!record || record.communityId !== meeting.communityId) {
        throw badUserInput('caseId', 'CASE_NOT_ON_AGENDA', {}, 'is not on the meeting’s agenda');
      }
      assertDecidable(record);
      if (await repositories.decisions.findCurrentDecision(meeting.id, record.id)) {
        throw conflict('DECISION_ALREADY_RECORDED', {}, 'The case has a decision at this meeting already; correct it instead.', 'caseId');
      }
      const votes = await this.checkedVotes(repositories, meeting, input);
      const decision = await repositories.decisions.insertDecision(
        Object.assign(new DecisionEntity(), {
          communityId: meeting.communityId,
          organId: meeting.organId,
          meetingId: meeting.id,
          caseId: record.id,
          kind: input.kind,
          text: input.text.trim(),
          recommendation: record.recommendation,
          decidedOn: osloDate(meeting.startsAt),
          postponedToMeetingId,
          correctsDecisionId: null,
          correctionReason: null,
          recordedAt: this.clock.now(),
          recordedBy: actorUserId(caller),
        }),
        votes.map(({ personId, appointmentId, vote }) => ({ personId, appointmentId, vote })),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Decision',
        entityId: decision.id,
        communityId: meeting.communityId,
        after: auditValues(decision, votes, record.access),
      });
      await this.setCaseStatus(repositories, caller, record, caseStatusAfter(input.kind));
      if (postponedTo) await this.agenda.postpone(repositories, caller, postponedTo, record.id);
      return decision;
    });
  }

  /** Corrects a recorded decision: a new decision naming the one it corrects, with the reason; the case's status follows. */
  correctDecision(caller: Caller, input: DecisionValues & { decisionId: string; reason: string }): Promise<DecisionEntity> {
    return this.inTransaction(async (repositories) => {
      const found = await repositories.decisions.readDecision(input.decisionId);
      if (!found) throw notFound('decision', input.decisionId);
      const meeting = await this.meetingFor(repositories, caller, found.meetingId);
      // A case postponed to a later meeting and now corrected to decided leaves it: that meeting is locked before
      // the case, in the order deciding and the agenda take them.
      const postponedTo =
        found.postponedToMeetingId && input.kind !== 'POSTPONED'
          ? await repositories.meetings.findByIdForUpdate(found.postponedToMeetingId)
          : null;
      const record = await repositories.decisions.findCaseToDecide(meeting.id, found.caseId);
      if (!record) throw notFound('decision', input.decisionId);
      const current = await repositories.decisions.findCurrentDecision(meeting.id, found.caseId);
      if (current?.id !== found.id) {
        throw conflict('DECISION_ALREADY_CORRECTED', {}, 'The decision has been corrected already; correct the current one.', 'decisionId');
      }
      const votes = await this.checkedVotes(repositories, meeting, input);
      const decision = await repositories.decisions.insertDecision(
        Object.assign(new DecisionEntity(), {
          communityId: meeting.communityId,
          organId: meeting.organId,
          meetingId: meeting.id,
          caseId: found.caseId,
          kind: input.kind,
          text: input.text.trim(),
          recommendation: found.recommendation,
          decidedOn: found.decidedOn,
          // A correction that still postpones keeps where the case went; the agenda is changed on the meeting page.
          postponedToMeetingId: input.kind === 'POSTPONED' ? found.postponedToMeetingId : null,
          correctsDecisionId: found.id,
          correctionReason: input.reason.trim(),
          recordedAt: this.clock.now(),
          recordedBy: actorUserId(caller),
        }),
        votes.map(({ personId, appointmentId, vote }) => ({ personId, appointmentId, vote })),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Decision',
        entityId: decision.id,
        communityId: meeting.communityId,
        after: auditValues(decision, votes, record.access),
      });
      // The case follows the correction while it stands where this meeting left it: decided, postponed, or on the
      // agenda of the later meeting it was postponed to until that meeting's notice goes out.
      const withdrawn =
        postponedTo !== null &&
        record.status === 'ON_AGENDA' &&
        (await this.agenda.withdrawPostponed(repositories, caller, postponedTo, record.id));
      const status = caseStatusAfter(input.kind);
      if (withdrawn || ((record.status === 'DECIDED' || record.status === 'POSTPONED') && record.status !== status)) {
        await this.setCaseStatus(repositories, caller, record, status);
      }
      return decision;
    });
  }

  /** The meeting locked for the transaction, the caller checked, and the meeting under way. */
  private async meetingFor(repositories: Repositories, caller: Caller, meetingId: string): Promise<MeetingEntity> {
    const meeting = await repositories.meetings.findByIdForUpdate(meetingId);
    if (!meeting) throw notFound('meeting', meetingId);
    assertMayRecordDecisions(caller, meeting.communityId);
    assertMeetingUnderway({ state: meeting.state, startsAt: meeting.startsAt, date: osloDate(meeting.startsAt) }, this.clock.now());
    return meeting;
  }

  private async compositionOf(repositories: Repositories, meeting: MeetingEntity) {
    return attendanceComposition(await repositories.meetingNotices.readHoldersOn(meeting.organId, osloDate(meeting.startsAt)));
  }

  /** The votes checked against the organ's rule on the meeting date and the attendance as recorded. */
  private async checkedVotes(repositories: Repositories, meeting: MeetingEntity, values: DecisionValues) {
    const date = osloDate(meeting.startsAt);
    // One after the other: the transaction's statements share one connection.
    const rule = await repositories.decisions.readDecisionRuleAt(meeting.organId, date);
    const composition = await this.compositionOf(repositories, meeting);
    const recorded = await repositories.decisions.readAttendance([meeting.id]);
    return checkVotes(values.kind, rule, attendeesAsRecorded(composition, recorded), values.votes);
  }

  /** The case's status, with an audit event that names only the status (never the case's content). */
  private async setCaseStatus(
    repositories: Repositories,
    caller: Caller,
    record: { id: string; communityId: string; status: string; version: number },
    status: 'DECIDED' | 'POSTPONED',
  ): Promise<void> {
    await repositories.decisions.setCaseStatus(record.id, status);
    await repositories.audit.record(caller, {
      action: 'UPDATE',
      entityType: 'Case',
      entityId: record.id,
      communityId: record.communityId,
      before: { status: record.status, version: record.version },
      after: { status, version: record.version + 1 },
    });
  }
}

/**
 * What the audit log keeps of a decision: a decision on an exempt case is logged without its text and
 * recommendation (exempt content, ADR 0027), so the log never needs a reader of exempt content; the decision
 * row itself is immutable and keeps them for those who may read them.
 */
function auditValues(decision: DecisionEntity, votes: readonly RecordedVote[], access: RecordAccess): Record<string, unknown> {
  const { text, recommendation, ...rest } = decision;
  return access === 'PUBLIC' ? { ...rest, text, recommendation, votes } : { ...rest, votes };
}

/** The user who acted, as the tables record it: none for the system (demo data), which has no account. */
function actorUserId(caller: Caller): string | null {
  return caller.kind === 'user' && caller.userId !== (SYSTEM_CALLER.kind === 'user' ? SYSTEM_CALLER.userId : null) ? caller.userId : null;
}
