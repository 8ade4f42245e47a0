import { firstDayOfYear, osloMoment } from '@helsefellesskap/calendar';
import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import type { OrganRow } from '../organ/organ.repository.js';
import { MeetingEntity, MeetingPlanEntity } from './meeting.entity.js';

/** A stored meeting without its timestamps: what the GraphQL type `Meeting` is made from. */
export type MeetingRow = Omit<MeetingEntity, 'createdAt' | 'updatedAt'>;

const MEETING_COLUMNS = `id, community_id AS "communityId", organ_id AS "organId", starts_at AS "startsAt", ends_at AS "endsAt",
  place, video_url AS "videoUrl", is_open AS "isOpen", kind, state, notice_sent_at AS "noticeSentAt",
  cancellation_reason AS "cancellationReason", version`;

/** An organ's meeting plan for a year, as stored. */
export interface MeetingPlanRow {
  organId: string;
  year: number;
  adoptedOn: string | null;
  adoptedByCaseId: string | null;
}

/** The first moment of a year in Norway: meetings belong to the year of their date there. */
function yearStartsAt(year: number): Date {
  return osloMoment(firstDayOfYear(year), '00:00');
}

export class MeetingRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(meetingId: string): Promise<MeetingEntity | null> {
    return this.manager.findOneBy(MeetingEntity, { id: meetingId });
  }

  /** The meeting, locked until the transaction ends: changes to one meeting (and its agenda) take turns. */
  findByIdForUpdate(meetingId: string): Promise<MeetingEntity | null> {
    return this.manager.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
  }

  save(meeting: MeetingEntity): Promise<MeetingEntity> {
    return this.manager.save(MeetingEntity, meeting);
  }

  findPlan(organId: string, year: number): Promise<MeetingPlanEntity | null> {
    return this.manager.findOne(MeetingPlanEntity, { where: { organId, year }, lock: { mode: 'pessimistic_write' } });
  }

  savePlan(plan: MeetingPlanEntity): Promise<MeetingPlanEntity> {
    return this.manager.save(MeetingPlanEntity, plan);
  }

  /** The meetings with these ids, as plain rows. */
  readByIds(meetingIds: readonly string[]): Promise<MeetingRow[]> {
    return selectRows<MeetingRow>(this.manager, `SELECT ${MEETING_COLUMNS} FROM meeting WHERE id = ANY($1::uuid[])`, [meetingIds]);
  }

  /** The organs' meetings in a year (by their date in Norway), cancelled ones too, in order of time. */
  readByOrgansInYear(organIds: readonly string[], year: number): Promise<MeetingRow[]> {
    return selectRows<MeetingRow>(
      this.manager,
      `SELECT ${MEETING_COLUMNS} FROM meeting WHERE organ_id = ANY($1::uuid[]) AND starts_at >= $2 AND starts_at < $3
       ORDER BY organ_id, starts_at, id`,
      [organIds, yearStartsAt(year), yearStartsAt(year + 1)],
    );
  }

  /** The organs' meeting plans for a year, where one is recorded. */
  readPlans(organIds: readonly string[], year: number): Promise<MeetingPlanRow[]> {
    return selectRows<MeetingPlanRow>(
      this.manager,
      `SELECT organ_id AS "organId", year, adopted_on AS "adoptedOn", adopted_by_case_id AS "adoptedByCaseId"
       FROM meeting_plan WHERE organ_id = ANY($1::uuid[]) AND year = $2`,
      [organIds, year],
    );
  }

  /** The organs a set of meetings belong to, as plain rows. */
  readOrgans(organIds: readonly string[]): Promise<OrganRow[]> {
    return selectRows<OrganRow>(
      this.manager,
      `SELECT id, community_id AS "communityId", name, kind, established_on AS "establishedOn", dissolved_on AS "dissolvedOn",
        officers_elected_by_organ_id AS "officersElectedByOrganId", chair_rotation_years AS "chairRotationYears"
       FROM organ WHERE id = ANY($1::uuid[])`,
      [organIds],
    );
  }
}
