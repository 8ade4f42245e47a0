import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import type { CaseStatus, RecordAccess } from '../case/case.entity.js';
import type { DecisionKindValue, FollowUpStatusValue } from '../decision/decision.entity.js';
import type { PartnerKind } from '../partner/partner.entity.js';

/**
 * A decision as the follow-up reads it: the original (the follow-up's key, ADR 0029) with what its current
 * correction says, and what the case policy needs to decide what each reader sees of the case.
 */
export interface FollowUpDecisionRow {
  /** The original decision: follow-up rows name it, so a correction keeps them. */
  id: string;
  /** The decision no other corrects: its kind decides whether the partners are bound. */
  currentId: string;
  currentKind: DecisionKindValue;
  text: string;
  decidedOn: string;
  communityId: string;
  organId: string;
  organName: string;
  meetingId: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  casePublicTitle: string | null;
  caseStatus: CaseStatus;
  caseAccess: RecordAccess;
}

/** A partner as a follow-up column: with its membership, so a row is shown only where it was a partner on the date. */
export interface FollowUpPartnerRow {
  id: string;
  name: string;
  kind: PartnerKind;
  municipalityNumber: string | null;
  joinedOn: string | null;
  leftOn: string | null;
}

/** A recorded follow-up; a partner without one has not started. */
export interface FollowUpRecordRow {
  decisionId: string;
  partnerId: string;
  status: FollowUpStatusValue;
  localReference: string | null;
  localDate: string | null;
  note: string | null;
  version: number;
  updatedAt: Date;
}

/** A partner's follow-up still open a given number of days after the decision. */
export interface OverdueFollowUpRow {
  decisionId: string;
  partnerId: string;
  status: FollowUpStatusValue;
}

/**
 * Each decision's original (`root`) and current (`tip`) link of its correction chain: a chain is short (one
 * or two corrections at most in practice), and the recursive walk stays in one statement.
 */
const CHAINS = `WITH RECURSIVE chain AS (
    SELECT d.id AS root_id, d.id AS tip_id FROM decision d WHERE d.corrects_decision_id IS NULL AND d.community_id = $1
    UNION ALL
    SELECT chain.root_id, c.id FROM chain JOIN decision c ON c.corrects_decision_id = chain.tip_id
  ),
  current AS (
    SELECT chain.root_id, chain.tip_id FROM chain
    WHERE NOT EXISTS (SELECT 1 FROM decision n WHERE n.corrects_decision_id = chain.tip_id)
  )`;

const DECISION_COLUMNS = `r.id, t.id AS "currentId", t.kind AS "currentKind", t.text, r.decided_on AS "decidedOn",
    r.community_id AS "communityId", r.organ_id AS "organId", o.name AS "organName", r.meeting_id AS "meetingId",
    r.case_id AS "caseId", cf.reference AS "caseReference", cf.title AS "caseTitle", cf.public_title AS "casePublicTitle",
    cf.status AS "caseStatus", cf.access AS "caseAccess"
  FROM current JOIN decision r ON r.id = current.root_id JOIN decision t ON t.id = current.tip_id
  JOIN organ o ON o.id = r.organ_id JOIN case_file cf ON cf.id = r.case_id`;

/** Whether a partner (alias p) was a partner on the decision's date (alias r): its last day is `left_on`. */
const PARTNER_ON_DECISION_DATE = `(p.joined_on IS NULL OR p.joined_on <= r.decided_on) AND (p.left_on IS NULL OR p.left_on >= r.decided_on)`;

/** Queries of the follow-up of binding decisions; every method takes the community first. */
export class FollowUpRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The community a decision belongs to, to authorise before reading more; null when there is no such decision. */
  async findDecisionCommunity(decisionId: string): Promise<string | null> {
    const [row] = await selectRows<{ communityId: string }>(
      this.manager,
      `SELECT community_id AS "communityId" FROM decision WHERE id = $1`,
      [decisionId],
    );
    return row?.communityId ?? null;
  }

  /** The decision of any link of a correction chain, read as its original with the current kind and text. */
  async readDecision(communityId: string, decisionId: string): Promise<FollowUpDecisionRow | null> {
    const [row] = await selectRows<FollowUpDecisionRow>(
      this.manager,
      `${CHAINS} SELECT ${DECISION_COLUMNS} WHERE current.root_id IN (SELECT root_id FROM chain WHERE tip_id = $2)`,
      [communityId, decisionId],
    );
    return row ?? null;
  }

  /** The binding decisions (current kind CONSENSUS) decided in [from, to], oldest first, at most `limit`. */
  readBindingDecisions(communityId: string, from: string, to: string, limit: number): Promise<FollowUpDecisionRow[]> {
    return selectRows<FollowUpDecisionRow>(
      this.manager,
      `${CHAINS} SELECT ${DECISION_COLUMNS}
       WHERE t.kind = 'CONSENSUS' AND r.decided_on BETWEEN $2 AND $3
       ORDER BY r.decided_on, cf.reference, r.id LIMIT $4`,
      [communityId, from, to, limit],
    );
  }

  /** The binding decisions with these originals' ids (for the overdue list's decisions). */
  readDecisionsByIds(communityId: string, decisionIds: readonly string[]): Promise<FollowUpDecisionRow[]> {
    return selectRows<FollowUpDecisionRow>(this.manager, `${CHAINS} SELECT ${DECISION_COLUMNS} WHERE r.id = ANY($2::uuid[])`, [
      communityId,
      [...decisionIds],
    ]);
  }

  /** The community's partners, the hospital trust first, then municipalities by name. */
  readPartners(communityId: string): Promise<FollowUpPartnerRow[]> {
    return selectRows<FollowUpPartnerRow>(
      this.manager,
      `SELECT id, name, kind, municipality_number AS "municipalityNumber", joined_on AS "joinedOn", left_on AS "leftOn"
       FROM partner WHERE community_id = $1 ORDER BY kind = 'MUNICIPALITY', name, id`,
      [communityId],
    );
  }

  /** The recorded follow-up of these (original) decisions. */
  readRecords(communityId: string, decisionIds: readonly string[]): Promise<FollowUpRecordRow[]> {
    return selectRows<FollowUpRecordRow>(
      this.manager,
      `SELECT decision_id AS "decisionId", partner_id AS "partnerId", status, local_reference AS "localReference",
         local_date AS "localDate", note, version, updated_at AS "updatedAt"
       FROM follow_up WHERE community_id = $1 AND decision_id = ANY($2::uuid[])`,
      [communityId, [...decisionIds]],
    );
  }

  /**
   * The partners (one, or all when `partnerId` is null) that had not adopted or declined a binding decision
   * by `decidedBy` (today less the days allowed): oldest decision first, at most `limit`.
   */
  readOverdue(communityId: string, decidedBy: string, partnerId: string | null, limit: number): Promise<OverdueFollowUpRow[]> {
    return selectRows<OverdueFollowUpRow>(
      this.manager,
      `${CHAINS} SELECT r.id AS "decisionId", p.id AS "partnerId", COALESCE(f.status, 'NOT_STARTED') AS status
       FROM current JOIN decision r ON r.id = current.root_id JOIN decision t ON t.id = current.tip_id
       JOIN partner p ON p.community_id = r.community_id AND ${PARTNER_ON_DECISION_DATE}
       LEFT JOIN follow_up f ON f.decision_id = r.id AND f.partner_id = p.id
       WHERE t.kind = 'CONSENSUS' AND r.decided_on <= $2 AND ($3::uuid IS NULL OR p.id = $3)
         AND COALESCE(f.status, 'NOT_STARTED') NOT IN ('ADOPTED', 'DECLINED')
       ORDER BY r.decided_on, r.id, p.kind = 'MUNICIPALITY', p.name, p.id LIMIT $4`,
      [communityId, decidedBy, partnerId, limit],
    );
  }

  /** Inserts the first record of a partner's follow-up; false when one exists already (someone was first). */
  async insert(
    record: Omit<FollowUpRecordRow, 'version' | 'updatedAt'> & { communityId: string; updatedAt: Date; updatedBy: string | null },
  ): Promise<FollowUpRecordRow | null> {
    const [row] = await selectRows<FollowUpRecordRow>(
      this.manager,
      `INSERT INTO follow_up (decision_id, partner_id, community_id, status, local_reference, local_date, note, updated_at, updated_by, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)
       ON CONFLICT (decision_id, partner_id) DO NOTHING
       RETURNING decision_id AS "decisionId", partner_id AS "partnerId", status, local_reference AS "localReference",
         local_date AS "localDate", note, version, updated_at AS "updatedAt"`,
      [
        record.decisionId,
        record.partnerId,
        record.communityId,
        record.status,
        record.localReference,
        record.localDate,
        record.note,
        record.updatedAt,
        record.updatedBy,
      ],
    );
    return row ?? null;
  }

  /** Updates a follow-up only if it still has `expectedVersion`: null when someone saved it since. */
  async update(
    record: Omit<FollowUpRecordRow, 'version' | 'updatedAt'> & { communityId: string; updatedAt: Date; updatedBy: string | null },
    expectedVersion: number,
  ): Promise<FollowUpRecordRow | null> {
    // An UPDATE answers its returned rows with the count of rows it changed.
    const [[row]] = await this.manager.query<[FollowUpRecordRow[], number]>(
      `UPDATE follow_up SET status = $4, local_reference = $5, local_date = $6, note = $7, updated_at = $8, updated_by = $9,
         version = version + 1
       WHERE decision_id = $1 AND partner_id = $2 AND community_id = $3 AND version = $10
       RETURNING decision_id AS "decisionId", partner_id AS "partnerId", status, local_reference AS "localReference",
         local_date AS "localDate", note, version, updated_at AS "updatedAt"`,
      [
        record.decisionId,
        record.partnerId,
        record.communityId,
        record.status,
        record.localReference,
        record.localDate,
        record.note,
        record.updatedAt,
        record.updatedBy,
        expectedVersion,
      ],
    );
    return row ?? null;
  }
}
