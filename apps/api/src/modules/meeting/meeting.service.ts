import type { Clock } from '../../common/clock.js';
import { badUserInput, conflict, notFound } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import type { OrganEntity } from '../organ/organ.entity.js';
import { MeetingEntity, MeetingPlanEntity } from './meeting.entity.js';
import type {
  AdoptMeetingPlanInput,
  CancelMeetingInput,
  MeetingDetailsInput,
  RecordMeetingHeldInput,
  UpdateMeetingInput,
} from './meeting.inputs.js';
import { assertMayWriteMeetings } from './meeting.policy.js';
import { assertMayRecordHeld, assertMeetingChangeable, assertOrganExistsOn, assertPlaceGiven, meetingTimes } from './meeting.rules.js';

/** Meetings of an organ and its yearly plan: every change in one transaction with its audit event (ADR 0024). */
export class MeetingService {
  constructor(
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  schedule(caller: Caller, organId: string, input: MeetingDetailsInput): Promise<MeetingEntity> {
    return this.inTransaction(async (repositories) => {
      const organ = await repositories.organs.findById(organId);
      if (!organ) throw notFound('organ', organId);
      assertMayWriteMeetings(caller, organ.communityId);
      const meeting = Object.assign(new MeetingEntity(), {
        communityId: organ.communityId,
        organId: organ.id,
        ...details(input),
        state: 'PLANNED',
        noticeSentAt: null,
        cancellationReason: null,
        version: 1,
      });
      assertOrganExistsOn(organ, input.date);
      const saved = await repositories.meetings.save(meeting);
      await record(repositories, caller, 'CREATE', null, saved);
      return saved;
    });
  }

  update(caller: Caller, input: UpdateMeetingInput): Promise<MeetingEntity> {
    return this.change(caller, parseId(input.meetingId, 'meetingId'), input.version, async (meeting, repositories) => {
      const organ = await repositories.organs.findById(meeting.organId);
      if (organ) assertOrganExistsOn(organ, input.date);
      Object.assign(meeting, details(input));
    });
  }

  cancel(caller: Caller, input: CancelMeetingInput): Promise<MeetingEntity> {
    return this.change(caller, parseId(input.meetingId, 'meetingId'), input.version, (meeting) => {
      meeting.state = 'CANCELLED';
      meeting.cancellationReason = input.reason.trim();
      return Promise.resolve();
    });
  }

  recordHeld(caller: Caller, input: RecordMeetingHeldInput): Promise<MeetingEntity> {
    return this.change(caller, parseId(input.meetingId, 'meetingId'), input.version, (meeting) => {
      assertMayRecordHeld(meeting, this.clock.now());
      meeting.state = 'HELD';
      return Promise.resolve();
    });
  }

  /** Records the plan for a year as adopted on a day (today or earlier); a later adoption replaces the day. */
  adoptPlan(caller: Caller, input: AdoptMeetingPlanInput): Promise<{ organ: OrganEntity; plan: MeetingPlanEntity }> {
    const organId = parseId(input.organId, 'organId');
    return this.inTransaction(async (repositories) => {
      const organ = await repositories.organs.findById(organId);
      if (!organ) throw notFound('organ', organId);
      assertMayWriteMeetings(caller, organ.communityId);
      const today = this.clock.today();
      if (input.adoptedOn > today) {
        throw badUserInput('adoptedOn', 'MEETING_PLAN_ADOPTED_IN_FUTURE', { today }, `must be today (${today}) or earlier`);
      }
      const existing = await repositories.meetings.findPlan(organ.id, input.year);
      const before = existing ? { ...existing } : null;
      const plan = existing ?? Object.assign(new MeetingPlanEntity(), { organId: organ.id, year: input.year, adoptedByCaseId: null });
      plan.adoptedOn = input.adoptedOn;
      const saved = await repositories.meetings.savePlan(plan);
      await repositories.audit.record(caller, {
        action: before ? 'UPDATE' : 'CREATE',
        entityType: 'MeetingPlan',
        entityId: `${organ.id}/${input.year}`,
        communityId: organ.communityId,
        before,
        after: saved,
      });
      return { organ, plan: saved };
    });
  }

  /**
   * A change to one meeting: locked, the caller's right checked, the version the change was made from
   * compared, then changed, saved with a raised version and audited, in one transaction.
   */
  private change(
    caller: Caller,
    meetingId: string,
    version: number,
    apply: (meeting: MeetingEntity, repositories: Repositories) => Promise<void>,
  ): Promise<MeetingEntity> {
    return this.inTransaction(async (repositories) => {
      const meeting = await repositories.meetings.findByIdForUpdate(meetingId);
      if (!meeting) throw notFound('meeting', meetingId);
      assertMayWriteMeetings(caller, meeting.communityId);
      if (meeting.version !== version) {
        throw conflict('CONCURRENT_CHANGE', {}, 'The meeting was changed by someone else since it was read; reload and try again.');
      }
      assertMeetingChangeable(meeting);
      const before = { ...meeting };
      await apply(meeting, repositories);
      meeting.version += 1;
      const saved = await repositories.meetings.save(meeting);
      await record(repositories, caller, 'UPDATE', before, saved);
      return saved;
    });
  }
}

/** The columns the details input sets, checked: times in Norway, a place or a link. */
function details(input: MeetingDetailsInput) {
  const place = input.place?.trim() || null;
  const videoUrl = input.videoUrl?.trim() || null;
  assertPlaceGiven(place, videoUrl);
  return { ...meetingTimes(input.date, input.startTime, input.endTime), place, videoUrl, isOpen: input.isOpen, kind: input.kind };
}

async function record(
  repositories: Repositories,
  caller: Caller,
  action: 'CREATE' | 'UPDATE',
  before: MeetingEntity | null,
  after: MeetingEntity,
): Promise<void> {
  await repositories.audit.record(caller, {
    action,
    entityType: 'Meeting',
    entityId: after.id,
    communityId: after.communityId,
    before,
    after,
  });
}
