import { In, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { OrganEntity } from './organ.entity.js';

/** A stored organ without its timestamps: what the GraphQL type `Organ` shows, flat. */
export type OrganRow = Omit<OrganEntity, 'createdAt' | 'updatedAt'>;

const ORGAN_COLUMNS = `id, community_id AS "communityId", name, kind, established_on AS "establishedOn", dissolved_on AS "dissolvedOn",
  meetings_per_year AS "meetingsPerYear", case_submission_deadline_days AS "caseSubmissionDeadlineDays",
  notice_period_days AS "noticePeriodDays", notice_period_max_days AS "noticePeriodMaxDays",
  extraordinary_notice_days AS "extraordinaryNoticeDays", protocol_deadline_days AS "protocolDeadlineDays",
  minutes_objection_period_days AS "minutesObjectionPeriodDays", decision_rule AS "decisionRule",
  officers_elected_by_organ_id AS "officersElectedByOrganId", chair_rotation_years AS "chairRotationYears"`;

export class OrganRepository {
  constructor(private readonly manager: EntityManager) {}

  findByCommunityIds(communityIds: readonly string[]): Promise<OrganEntity[]> {
    return this.manager.find(OrganEntity, { where: { communityId: In([...communityIds]) }, order: { establishedOn: 'ASC', name: 'ASC' } });
  }

  /** The organs of the communities as plain rows, oldest first. */
  readByCommunityIds(communityIds: readonly string[]): Promise<OrganRow[]> {
    return selectRows<OrganRow>(
      this.manager,
      `SELECT ${ORGAN_COLUMNS} FROM organ WHERE community_id = ANY($1::uuid[]) ORDER BY established_on, name`,
      [communityIds],
    );
  }

  findByIdsInAnyCommunity(organIds: readonly string[]): Promise<OrganEntity[]> {
    return this.manager.findBy(OrganEntity, { id: In([...organIds]) });
  }

  findById(organId: string): Promise<OrganEntity | null> {
    return this.manager.findOneBy(OrganEntity, { id: organId });
  }

  findByName(communityId: string, name: string): Promise<OrganEntity | null> {
    return this.manager.findOneBy(OrganEntity, { communityId, name });
  }

  save(entity: OrganEntity): Promise<OrganEntity> {
    return this.manager.save(OrganEntity, entity);
  }
}
