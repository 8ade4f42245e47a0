import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { MinutesCorrectionEntity, MinutesEntity, MinutesObjectionEntity } from '../decision/decision.entity.js';
import { MINUTES_CORRECTIONS_SHOWN, MINUTES_OBJECTIONS_SHOWN } from './minutes.bounds.js';

/** A meeting's minutes with what their state is computed from: the meeting and the organ's rules on its date. */
export interface MinutesRow {
  meetingId: string;
  communityId: string;
  body: string;
  sentAt: Date | null;
  approvedOn: string | null;
  approvedBySilence: boolean | null;
  publishedAt: Date | null;
  version: number;
  updatedAt: Date;
}

/** What the minutes' rules need of each meeting: its date in Norway, state, openness and the organ's rules then. */
export interface MeetingMinutesRulesRow {
  meetingId: string;
  communityId: string;
  meetingDate: string;
  meetingState: string;
  isOpen: boolean;
  minutesObjectionPeriodDays: number | null;
  protocolDeadlineDays: number | null;
}

export interface ObjectionRow {
  id: string;
  meetingId: string;
  text: string;
  raisedAt: Date;
  raisedByName: string | null;
  resolvedAt: Date | null;
  resolution: string | null;
}

export interface CorrectionRow {
  id: string;
  meetingId: string;
  text: string;
  reason: string;
  recordedAt: Date;
}

/** A participant of a meeting: attended, or (while no attendance is recorded) was called. */
export interface ParticipantRow {
  meetingId: string;
  name: string;
  email: string | null;
}

/** Who attended, with who a deputy stood in for, as the draft lists them. */
export interface AttendanceRow {
  personId: string;
  name: string;
  email: string | null;
  seatLabel: string;
  role: string;
  standsInForName: string | null;
}

/** A case's current decision at a meeting (the one no other corrects), with its votes. */
export interface DecisionRow {
  id: string;
  meetingId: string;
  caseId: string;
  kind: string;
  text: string;
  decidedOn: string;
  /** For a postponed case moved on: the later meeting's date in Norway; null otherwise. */
  postponedToDate: string | null;
  /** Each vote as "name: YES"; empty unless the vote was recorded per member. */
  votes: { name: string; vote: string }[];
}

const MINUTES_COLUMNS = `mi.meeting_id AS "meetingId", mi.community_id AS "communityId", mi.body, mi.sent_at AS "sentAt",
  mi.approved_on AS "approvedOn", mi.approved_by_silence AS "approvedBySilence", mi.published_at AS "publishedAt", mi.version,
  mi.updated_at AS "updatedAt"`;

/** Queries of the minutes; the meeting's attendance and decisions are read from their tables (ADR 0027), never written here. */
export class MinutesRepository {
  constructor(private readonly manager: EntityManager) {}

  readMinutes(meetingIds: readonly string[]): Promise<MinutesRow[]> {
    return selectRows<MinutesRow>(this.manager, `SELECT ${MINUTES_COLUMNS} FROM minutes mi WHERE mi.meeting_id = ANY($1::uuid[])`, [
      meetingIds,
    ]);
  }

  /** Locks the minutes row for a write, so two writes to the same minutes take turns; null when there are none. */
  async lockMinutes(meetingId: string): Promise<MinutesRow | null> {
    const [row] = await selectRows<MinutesRow>(
      this.manager,
      `SELECT ${MINUTES_COLUMNS} FROM minutes mi WHERE mi.meeting_id = $1 FOR UPDATE`,
      [meetingId],
    );
    return row ?? null;
  }

  /** The rules of each meeting: the organ's rule version in force on the meeting's date (else its first). */
  readRules(meetingIds: readonly string[]): Promise<MeetingMinutesRulesRow[]> {
    return selectRows<MeetingMinutesRulesRow>(
      this.manager,
      `SELECT m.id AS "meetingId", m.community_id AS "communityId", d.day::text AS "meetingDate", m.state AS "meetingState", m.is_open AS "isOpen",
         r.minutes_objection_period_days AS "minutesObjectionPeriodDays", r.protocol_deadline_days AS "protocolDeadlineDays"
       FROM meeting m
       CROSS JOIN LATERAL (SELECT (m.starts_at AT TIME ZONE 'Europe/Oslo')::date AS day) d
       LEFT JOIN LATERAL (
         SELECT v.* FROM organ_rule_version v WHERE v.organ_id = m.organ_id
         ORDER BY (v.effective_from <= d.day) DESC, CASE WHEN v.effective_from <= d.day THEN v.effective_from END DESC, v.effective_from
         LIMIT 1) r ON true
       WHERE m.id = ANY($1::uuid[])`,
      [meetingIds],
    );
  }

  readObjections(meetingIds: readonly string[]): Promise<ObjectionRow[]> {
    return selectRows<ObjectionRow>(
      this.manager,
      `SELECT o.id, o."meetingId", o.text, o."raisedAt", u.name AS "raisedByName", o."resolvedAt", o.resolution
       FROM (SELECT id, meeting_id AS "meetingId", text, raised_at AS "raisedAt", raised_by, resolved_at AS "resolvedAt", resolution,
               row_number() OVER (PARTITION BY meeting_id ORDER BY raised_at, id) AS n
             FROM minutes_objection WHERE meeting_id = ANY($1::uuid[])) o
       LEFT JOIN app_user u ON u.id = o.raised_by
       WHERE o.n <= $2 ORDER BY o."meetingId", o.n`,
      [meetingIds, MINUTES_OBJECTIONS_SHOWN],
    );
  }

  readCorrections(meetingIds: readonly string[]): Promise<CorrectionRow[]> {
    return selectRows<CorrectionRow>(
      this.manager,
      `SELECT id, "meetingId", text, reason, "recordedAt" FROM (
         SELECT id, meeting_id AS "meetingId", text, reason, recorded_at AS "recordedAt",
           row_number() OVER (PARTITION BY meeting_id ORDER BY recorded_at, id) AS n
         FROM minutes_correction WHERE meeting_id = ANY($1::uuid[])) c
       WHERE n <= $2 ORDER BY "meetingId", n`,
      [meetingIds, MINUTES_CORRECTIONS_SHOWN],
    );
  }

  /** Who attended the meeting, in seat order; a deputy names the member stood in for. */
  readAttendance(meetingId: string): Promise<AttendanceRow[]> {
    return selectRows<AttendanceRow>(
      this.manager,
      `SELECT p.id AS "personId", p.name, p.email, s.label AS "seatLabel", a.role, mp.name AS "standsInForName"
       FROM meeting_attendance ma
       JOIN person p ON p.id = ma.person_id JOIN appointment a ON a.id = ma.appointment_id JOIN seat s ON s.id = a.seat_id
       LEFT JOIN appointment sa ON sa.id = ma.stands_in_for_appointment_id LEFT JOIN person mp ON mp.id = sa.person_id
       WHERE ma.meeting_id = $1 ORDER BY s.position, a.deputy_rank NULLS FIRST, p.name`,
      [meetingId],
    );
  }

  /** The current decision of each case at the meetings (the one no later row corrects), with the votes by name. */
  readDecisions(meetingIds: readonly string[]): Promise<DecisionRow[]> {
    return selectRows<DecisionRow>(
      this.manager,
      `SELECT d.id, d.meeting_id AS "meetingId", d.case_id AS "caseId", d.kind, d.text, d.decided_on::text AS "decidedOn",
         (SELECT (pm.starts_at AT TIME ZONE 'Europe/Oslo')::date::text FROM meeting pm WHERE pm.id = d.postponed_to_meeting_id)
           AS "postponedToDate",
         COALESCE((SELECT json_agg(json_build_object('name', p.name, 'vote', v.vote) ORDER BY p.name)
                   FROM decision_vote v JOIN person p ON p.id = v.person_id WHERE v.decision_id = d.id), '[]'::json) AS votes
       FROM decision d
       WHERE d.meeting_id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM decision c WHERE c.corrects_decision_id = d.id)
       ORDER BY d.meeting_id, d.case_id`,
      [meetingIds],
    );
  }

  async insertMinutes(minutes: MinutesEntity): Promise<void> {
    await this.manager.insert(MinutesEntity, minutes);
  }

  /** Replaces the body when the version is the one read: false when another change came first. */
  async updateBody(meetingId: string, body: string, expectedVersion: number): Promise<boolean> {
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE minutes SET body = $2, version = version + 1, updated_at = now() WHERE meeting_id = $1 AND version = $3`,
      [meetingId, body, expectedVersion],
    );
    return affected === 1;
  }

  async markSent(meetingId: string, sentAt: Date, sentBy: string | null): Promise<void> {
    await this.manager.query(
      `UPDATE minutes SET sent_at = $2, sent_by = $3, version = version + 1, updated_at = now() WHERE meeting_id = $1`,
      [meetingId, sentAt, sentBy],
    );
  }

  /** Stores the approval the clock computed (for publication and corrections: the table's constraints then hold). */
  async storeApproval(meetingId: string, approvedOn: string, bySilence: boolean): Promise<void> {
    await this.manager.query(
      `UPDATE minutes SET approved_on = $2, approved_by_silence = $3, updated_at = now() WHERE meeting_id = $1 AND approved_on IS NULL`,
      [meetingId, approvedOn, bySilence],
    );
  }

  async markPublished(meetingId: string, publishedAt: Date): Promise<void> {
    await this.manager.query(
      `UPDATE minutes SET published_at = $2, version = version + 1, updated_at = now() WHERE meeting_id = $1 AND published_at IS NULL`,
      [meetingId, publishedAt],
    );
  }

  insertObjection(objection: MinutesObjectionEntity): Promise<MinutesObjectionEntity> {
    return this.manager.save(MinutesObjectionEntity, objection);
  }

  findObjection(objectionId: string): Promise<MinutesObjectionEntity | null> {
    return this.manager.findOneBy(MinutesObjectionEntity, { id: objectionId });
  }

  /** Resolves an objection once: false when it is resolved already. */
  async resolveObjection(objectionId: string, resolution: string, resolvedAt: Date, resolvedBy: string | null): Promise<boolean> {
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE minutes_objection SET resolution = $2, resolved_at = $3, resolved_by = $4 WHERE id = $1 AND resolved_at IS NULL`,
      [objectionId, resolution, resolvedAt, resolvedBy],
    );
    return affected === 1;
  }

  insertCorrection(correction: MinutesCorrectionEntity): Promise<MinutesCorrectionEntity> {
    return this.manager.save(MinutesCorrectionEntity, correction);
  }

  /**
   * Who took part in each meeting, by e-mail: those recorded as attending; while no attendance is recorded,
   * everyone called to it (the organ's holders on the meeting date), as the notice went to them.
   */
  readParticipants(meetingIds: readonly string[]): Promise<ParticipantRow[]> {
    return selectRows<ParticipantRow>(
      this.manager,
      `SELECT DISTINCT m.id AS "meetingId", p.name, p.email
       FROM meeting m
       CROSS JOIN LATERAL (SELECT (m.starts_at AT TIME ZONE 'Europe/Oslo')::date AS day) d
       JOIN LATERAL (
         SELECT ma.person_id FROM meeting_attendance ma WHERE ma.meeting_id = m.id
         UNION
         SELECT a.person_id FROM appointment a JOIN seat s ON s.id = a.seat_id
         WHERE s.organ_id = m.organ_id AND NOT EXISTS (SELECT 1 FROM meeting_attendance x WHERE x.meeting_id = m.id)
           AND a.starts_on <= d.day AND (a.ends_on IS NULL OR a.ends_on >= d.day) AND a.cancelled_at IS NULL
       ) pp ON true
       JOIN person p ON p.id = pp.person_id
       WHERE m.id = ANY($1::uuid[]) ORDER BY m.id, p.name`,
      [meetingIds],
    );
  }

  /** The published minutes of the meetings (public reads: the caller filters to open meetings). */
  readPublished(meetingIds: readonly string[]): Promise<MinutesRow[]> {
    return selectRows<MinutesRow>(
      this.manager,
      `SELECT ${MINUTES_COLUMNS} FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id
       WHERE mi.meeting_id = ANY($1::uuid[]) AND mi.published_at IS NOT NULL AND m.is_open`,
      [meetingIds],
    );
  }
}
