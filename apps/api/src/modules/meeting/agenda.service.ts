import { osloDate } from '@helsefellesskap/calendar';
import type { Clock } from '../../common/clock.js';
import { badUserInput, notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import { SYSTEM_CALLER, type Caller } from '../auth/caller.js';
import type { CaseStatus } from '../case/case.entity.js';
import type { AgendaCaseRow } from './agenda.repository.js';
import type { AddAgendaItemInput, AgendaItemKeyInput, RecordLateExceptionInput, ReorderAgendaInput } from './agenda.inputs.js';
import { assertCompleteOrder, assertMayGoOnAgenda } from './agenda.rules.js';
import { AgendaItemEntity, type MeetingEntity } from './meeting.entity.js';
import { assertMayWriteMeetings } from './meeting.policy.js';
import { assertMeetingChangeable, isSubmittedLate, submissionDeadline } from './meeting.rules.js';

/**
 * A meeting's agenda: cases in order, each on one agenda at a time (ADR 0024). Every change locks the
 * meeting (and the case it moves), keeps the case's status in step (on an agenda, or back to submitted) and
 * records one audit event, in one transaction.
 */
export class AgendaService {
  constructor(
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  add(caller: Caller, input: AddAgendaItemInput): Promise<MeetingEntity> {
    return this.onAgenda(caller, input.meetingId, (meeting, repositories) =>
      this.append(repositories, caller, meeting, parseId(input.caseId, 'caseId'), input.lateExceptionReason?.trim() || null),
    );
  }

  /**
   * The later meeting a case is postponed to, locked for the deciding transaction: a planned meeting of the
   * same organ, its notice not yet sent (so the case goes out with it), after the one that postpones it. Taken
   * right after the deciding meeting and before the case, so meetings are always locked earlier first and
   * before any case row, as adding to an agenda locks them (no deadlock with it).
   */
  async lockPostponementTarget(repositories: Repositories, from: MeetingEntity, toMeetingId: string): Promise<MeetingEntity> {
    const meeting = await repositories.meetings.findByIdForUpdate(toMeetingId);
    if (!meeting || meeting.organId !== from.organId || meeting.startsAt <= from.startsAt) {
      throw badUserInput('postponedToMeetingId', 'POSTPONED_TO_NOT_A_LATER_MEETING', {}, 'must be a later meeting of the same organ');
    }
    if (meeting.state !== 'PLANNED') {
      throw badUserInput(
        'postponedToMeetingId',
        'POSTPONED_TO_MEETING_NOT_PLANNED',
        { state: meeting.state },
        'must be a meeting whose notice has not been sent',
      );
    }
    return meeting;
  }

  /** Puts a case just decided POSTPONED at the end of the locked later meeting's agenda. Its submission date stays. */
  postpone(repositories: Repositories, caller: Caller, to: MeetingEntity, caseId: string): Promise<void> {
    return this.append(repositories, caller, to, caseId, null);
  }

  /** Appends the case to the locked meeting's agenda; the case goes ON_AGENDA, with one audit event each. */
  private async append(
    repositories: Repositories,
    caller: Caller,
    meeting: MeetingEntity,
    caseId: string,
    exceptionReason: string | null,
  ): Promise<void> {
    const record = await repositories.agenda.findCaseForUpdate(caseId);
    if (!record || record.communityId !== meeting.communityId) {
      throw badUserInput('caseId', 'CASE_OF_ANOTHER_ORGAN', {}, 'must be a case of the meeting’s organ');
    }
    const deadline = await this.deadlineOf(repositories, meeting);
    assertMayGoOnAgenda(meeting, record, deadline, exceptionReason);
    const items = await repositories.agenda.findItems(meeting.id);
    const late = isSubmittedLate(record.submittedOn, deadline);
    const item = await repositories.agenda.saveItem(
      Object.assign(new AgendaItemEntity(), {
        meetingId: meeting.id,
        caseId: record.id,
        position: items.length + 1,
        ...(late && exceptionReason ? this.exception(caller, exceptionReason) : noException()),
      }),
    );
    await this.setStatus(repositories, caller, record, 'ON_AGENDA');
    await repositories.audit.record(caller, {
      action: 'CREATE',
      entityType: 'AgendaItem',
      entityId: item.id,
      communityId: meeting.communityId,
      after: item,
    });
  }

  remove(caller: Caller, input: AgendaItemKeyInput): Promise<MeetingEntity> {
    return this.onAgenda(caller, input.meetingId, async (meeting, repositories) => {
      const caseId = parseId(input.caseId, 'caseId');
      const items = await repositories.agenda.findItems(meeting.id);
      const item = items.find((candidate) => candidate.caseId === caseId);
      if (!item) throw badUserInput('caseId', 'CASE_NOT_ON_AGENDA', {}, 'is not on the agenda');
      const record = await repositories.agenda.findCaseForUpdate(caseId);
      await this.takeOff(repositories, caller, meeting, items, item);
      if (record?.status === 'ON_AGENDA') await this.setStatus(repositories, caller, record, 'SUBMITTED');
    });
  }

  /**
   * Takes a case off the later meeting it was postponed to, when a correction says it was decided after all
   * (the meeting locked by the caller, before the case): only while that meeting's notice has not gone out, since
   * a sent agenda is the secretariat's to change. The case's status is the caller's. True when taken off.
   */
  async withdrawPostponed(repositories: Repositories, caller: Caller, from: MeetingEntity, caseId: string): Promise<boolean> {
    if (from.state !== 'PLANNED') return false;
    const items = await repositories.agenda.findItems(from.id);
    const item = items.find((candidate) => candidate.caseId === caseId);
    if (!item) return false;
    await this.takeOff(repositories, caller, from, items, item);
    return true;
  }

  /** Deletes the item, closes the gap in the positions and records the deletion. */
  private async takeOff(
    repositories: Repositories,
    caller: Caller,
    meeting: MeetingEntity,
    items: readonly AgendaItemEntity[],
    item: AgendaItemEntity,
  ): Promise<void> {
    await repositories.agenda.deleteItem(meeting.id, item.caseId);
    const rest = items.filter((candidate) => candidate.caseId !== item.caseId).map((candidate) => candidate.caseId);
    await repositories.agenda.setPositions(meeting.id, rest);
    await repositories.audit.record(caller, {
      action: 'DELETE',
      entityType: 'AgendaItem',
      entityId: item.id,
      communityId: meeting.communityId,
      before: item,
    });
  }

  reorder(caller: Caller, input: ReorderAgendaInput): Promise<MeetingEntity> {
    return this.onAgenda(caller, input.meetingId, async (meeting, repositories) => {
      const wanted = input.caseIds.map((id, index) => parseId(id, `caseIds[${index}]`));
      const items = await repositories.agenda.findItems(meeting.id);
      assertCompleteOrder(
        items.map((item) => item.caseId),
        wanted,
      );
      await repositories.agenda.setPositions(meeting.id, wanted);
      for (const item of items) {
        const position = wanted.indexOf(item.caseId) + 1;
        if (position === item.position) continue;
        await repositories.audit.record(caller, {
          action: 'UPDATE',
          entityType: 'AgendaItem',
          entityId: item.id,
          communityId: meeting.communityId,
          before: item,
          after: { ...item, position },
        });
      }
    });
  }

  /** Records (or changes) the chair's exception for a case on the agenda: why it may be handled though late. */
  recordLateException(caller: Caller, input: RecordLateExceptionInput): Promise<MeetingEntity> {
    return this.onAgenda(caller, input.meetingId, async (meeting, repositories) => {
      const caseId = parseId(input.caseId, 'caseId');
      const item = (await repositories.agenda.findItems(meeting.id)).find((candidate) => candidate.caseId === caseId);
      if (!item) throw badUserInput('caseId', 'CASE_NOT_ON_AGENDA', {}, 'is not on the agenda');
      const before = { ...item };
      Object.assign(item, this.exception(caller, input.reason.trim()));
      const saved = await repositories.agenda.saveItem(item);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'AgendaItem',
        entityId: item.id,
        communityId: meeting.communityId,
        before,
        after: saved,
      });
    });
  }

  /** The meeting locked and checked, the change applied; answers the meeting (its version is not raised: the agenda has its own rows). */
  private onAgenda(
    caller: Caller,
    meetingIdInput: string,
    apply: (meeting: MeetingEntity, repositories: Repositories) => Promise<void>,
  ): Promise<MeetingEntity> {
    const meetingId = parseId(meetingIdInput, 'meetingId');
    return this.inTransaction(async (repositories) => {
      const meeting = await repositories.meetings.findByIdForUpdate(meetingId);
      if (!meeting) throw notFound('meeting', meetingId);
      assertMayWriteMeetings(caller, meeting.communityId);
      assertMeetingChangeable(meeting);
      await apply(meeting, repositories);
      return meeting;
    });
  }

  private async deadlineOf(repositories: Repositories, meeting: MeetingEntity): Promise<string | null> {
    const date = osloDate(meeting.startsAt);
    const [rules] = await repositories.organs.readRulesAt([meeting.organId], date);
    return rules ? submissionDeadline(date, meeting.kind, rules) : null;
  }

  private exception(caller: Caller, reason: string) {
    return {
      lateExceptionReason: reason,
      lateExceptionRecordedBy: caller.kind === 'user' && caller !== SYSTEM_CALLER ? caller.userId : null,
      lateExceptionRecordedAt: this.clock.now(),
    };
  }

  /** The case's status, with an audit event that names only the status (never the case's content). */
  private async setStatus(repositories: Repositories, caller: Caller, record: AgendaCaseRow, status: CaseStatus): Promise<void> {
    await repositories.agenda.setCaseStatus(record.id, status);
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

function noException() {
  return { lateExceptionReason: null, lateExceptionRecordedBy: null, lateExceptionRecordedAt: null };
}
