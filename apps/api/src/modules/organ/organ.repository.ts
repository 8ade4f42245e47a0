import { In, type EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { OrganEntity, OrganRuleVersionEntity } from './organ.entity.js';

/** A stored organ without its timestamps: what the GraphQL type `Organ` shows, flat. */
export type OrganRow = Omit<OrganEntity, 'createdAt' | 'updatedAt'>;

const ORGAN_COLUMNS = `id, community_id AS "communityId", name, kind, established_on AS "establishedOn", dissolved_on AS "dissolvedOn",
  officers_elected_by_organ_id AS "officersElectedByOrganId", chair_rotation_years AS "chairRotationYears"`;

/** A version of an organ's rules of procedure, as the GraphQL type shows it. */
export type RuleVersionRow = OrganRuleVersionEntity;

const RULE_VERSION_COLUMNS = `organ_id AS "organId", effective_from AS "effectiveFrom", meetings_per_year AS "meetingsPerYear",
  case_submission_deadline_days AS "caseSubmissionDeadlineDays", notice_period_days AS "noticePeriodDays",
  notice_period_max_days AS "noticePeriodMaxDays", extraordinary_notice_days AS "extraordinaryNoticeDays",
  protocol_deadline_days AS "protocolDeadlineDays", minutes_objection_period_days AS "minutesObjectionPeriodDays",
  decision_rule AS "decisionRule"`;

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

  /** Organs by id as plain rows, in any community: for loaders whose ids come from already-scoped rows (a case's organ). */
  readByIds(organIds: readonly string[]): Promise<OrganRow[]> {
    return selectRows<OrganRow>(this.manager, `SELECT ${ORGAN_COLUMNS} FROM organ WHERE id = ANY($1::uuid[])`, [organIds]);
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

  /** Every version of the organs' rules, oldest first. */
  readRuleVersions(organIds: readonly string[]): Promise<RuleVersionRow[]> {
    return selectRows<RuleVersionRow>(
      this.manager,
      `SELECT ${RULE_VERSION_COLUMNS} FROM organ_rule_version WHERE organ_id = ANY($1::uuid[]) ORDER BY organ_id, effective_from`,
      [organIds],
    );
  }

  /**
   * The version in force on `at` for each organ: the latest that starts on or before it; for a date
   * before the first version, the first (the rules as first recorded).
   */
  readRulesAt(organIds: readonly string[], at: string): Promise<RuleVersionRow[]> {
    return selectRows<RuleVersionRow>(
      this.manager,
      `SELECT DISTINCT ON (organ_id) ${RULE_VERSION_COLUMNS} FROM organ_rule_version WHERE organ_id = ANY($1::uuid[])
       ORDER BY organ_id, (effective_from <= $2::date) DESC, CASE WHEN effective_from <= $2::date THEN effective_from END DESC, effective_from`,
      [organIds, at],
    );
  }

  /** Adds a version, or replaces the one starting the same day. */
  async saveRuleVersion(version: OrganRuleVersionEntity): Promise<void> {
    await this.manager.upsert(OrganRuleVersionEntity, version, ['organId', 'effectiveFrom']);
  }
}
