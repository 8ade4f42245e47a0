import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import type { AppointmentRole } from '../appointment/appointment.entity.js';
import type { CaseStatus, RecordAccess } from '../case/case.entity.js';
import type { Holder } from '../meeting-notice/meeting-notice.rules.js';
import type { MeetingKind } from '../meeting/meeting.entity.js';
import type { DecisionRule } from '../organ/organ.entity.js';
import { POSTPONEMENT_TARGETS_MAX } from './decision.rules.js';
import { DecisionEntity, DecisionVoteEntity, MeetingAttendanceEntity, type DecisionKindValue, type VoteValue } from './decision.entity.js';

/** A recorded attendee with the names the meeting page shows. */
export interface AttendanceRow {
  meetingId: string;
  appointmentId: string;
  personId: string;
  name: string;
  seatLabel: string;
  role: AppointmentRole;
  seatVoting: boolean;
  standsInForAppointmentId: string | null;
  standsInForName: string | null;
  /** The voting right of the seat of the member stood in for; null when standing in for nobody. */
  standsInForSeatVoting: boolean | null;
}

/** A holder of the organ on a meeting's date, for the attendance sheet. */
export interface SheetHolderRow extends Holder {
  meetingId: string;
}

/** A reported absence and the deputy called in, for the attendance sheet. */
export interface SheetAbsenceRow {
  meetingId: string;
  memberAppointmentId: string;
  deputyAppointmentId: string | null;
}

/** A decision with what the policies need: its case's access and its meeting's openness. */
export interface DecisionRow {
  id: string;
  communityId: string;
  meetingId: string;
  caseId: string;
  kind: DecisionKindValue;
  text: string;
  recommendation: string[];
  decidedOn: string;
  correctsDecisionId: string | null;
  correctionReason: string | null;
  /** For a postponed case moved on: the later meeting and when it starts; null otherwise. */
  postponedToMeetingId: string | null;
  postponedToStartsAt: Date | null;
  recordedAt: Date;
  /** True when no other decision corrects this one. */
  current: boolean;
  caseReference: string;
  caseStatus: CaseStatus;
  caseAccess: RecordAccess;
  meetingIsOpen: boolean;
}

/** A vote with the voter's name. */
export interface VoteRow {
  decisionId: string;
  personId: string;
  name: string;
  vote: VoteValue;
}

/** The case as deciding it needs it, locked for the transaction. */
export interface CaseToDecideRow {
  id: string;
  communityId: string;
  reference: string;
  status: CaseStatus;
  access: RecordAccess;
  recommendation: string[];
  version: number;
  onAgenda: boolean;
  sentOut: boolean;
}

const DECISION_FROM = `SELECT d.id, d.community_id AS "communityId", d.meeting_id AS "meetingId", d.case_id AS "caseId", d.kind, d.text,
    d.recommendation, d.decided_on AS "decidedOn", d.corrects_decision_id AS "correctsDecisionId",
    d.correction_reason AS "correctionReason", d.recorded_at AS "recordedAt",
    d.postponed_to_meeting_id AS "postponedToMeetingId", pm.starts_at AS "postponedToStartsAt",
    NOT EXISTS (SELECT 1 FROM decision later WHERE later.corrects_decision_id = d.id) AS current,
    cf.reference AS "caseReference", cf.status AS "caseStatus", cf.access AS "caseAccess", m.is_open AS "meetingIsOpen"
  FROM decision d JOIN case_file cf ON cf.id = d.case_id JOIN meeting m ON m.id = d.meeting_id
    LEFT JOIN meeting pm ON pm.id = d.postponed_to_meeting_id`;

/** A later meeting a case can be postponed to, for the meeting it is asked from. */
export interface PostponementTargetRow {
  fromMeetingId: string;
  meetingId: string;
  startsAt: Date;
  kind: MeetingKind;
}

/** Attendance, decisions and votes: queries only (ADR 0027). */
export class DecisionRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The attendance of the meetings, in seat order. */
  readAttendance(meetingIds: readonly string[]): Promise<AttendanceRow[]> {
    return selectRows<AttendanceRow>(
      this.manager,
      `SELECT ma.meeting_id AS "meetingId", ma.appointment_id AS "appointmentId", ma.person_id AS "personId", p.name,
         s.label AS "seatLabel", a.role, s.voting AS "seatVoting", ma.stands_in_for_appointment_id AS "standsInForAppointmentId",
         mp.name AS "standsInForName", ms.voting AS "standsInForSeatVoting"
       FROM meeting_attendance ma JOIN appointment a ON a.id = ma.appointment_id JOIN person p ON p.id = ma.person_id
         JOIN seat s ON s.id = a.seat_id
         LEFT JOIN appointment m ON m.id = ma.stands_in_for_appointment_id LEFT JOIN person mp ON mp.id = m.person_id
         LEFT JOIN seat ms ON ms.id = m.seat_id
       WHERE ma.meeting_id = ANY($1::uuid[]) ORDER BY ma.meeting_id, s.position, a.deputy_rank NULLS FIRST, p.name`,
      [meetingIds],
    );
  }

  /** The organ's holders on each meeting's date (Norwegian time), in seat order: one statement for every meeting. */
  readHoldersOfMeetings(meetingIds: readonly string[]): Promise<SheetHolderRow[]> {
    return selectRows<SheetHolderRow>(
      this.manager,
      `SELECT m.id AS "meetingId", a.id AS "appointmentId", pe.id AS "personId", pe.name, pe.email, a.role, s.id AS "seatId",
         s.label AS "seatLabel", s.side AS "seatSide", s.voting AS "seatVoting", a.deputy_for_appointment_id AS "deputyForAppointmentId",
         a.deputy_rank AS "deputyRank"
       FROM meeting m JOIN seat s ON s.organ_id = m.organ_id JOIN appointment a ON a.seat_id = s.id JOIN person pe ON pe.id = a.person_id
       WHERE m.id = ANY($1::uuid[]) AND a.cancelled_at IS NULL
         AND a.starts_on <= (m.starts_at AT TIME ZONE 'Europe/Oslo')::date
         AND (a.ends_on IS NULL OR a.ends_on >= (m.starts_at AT TIME ZONE 'Europe/Oslo')::date)
       ORDER BY m.id, s.position, a.deputy_rank NULLS FIRST, a.starts_on, a.id`,
      [meetingIds],
    );
  }

  /** The reported absences of the meetings and the deputies called in. */
  readAbsencesOfMeetings(meetingIds: readonly string[]): Promise<SheetAbsenceRow[]> {
    return selectRows<SheetAbsenceRow>(
      this.manager,
      `SELECT meeting_id AS "meetingId", member_appointment_id AS "memberAppointmentId", deputy_appointment_id AS "deputyAppointmentId"
       FROM meeting_absence WHERE meeting_id = ANY($1::uuid[])`,
      [meetingIds],
    );
  }

  /** Replaces the meeting's attendance as a whole. */
  async replaceAttendance(meetingId: string, rows: readonly Omit<MeetingAttendanceEntity, 'id'>[]): Promise<void> {
    await this.manager.delete(MeetingAttendanceEntity, { meetingId });
    if (rows.length > 0) await this.manager.insert(MeetingAttendanceEntity, [...rows]);
  }

  /** Raises the meeting's version, from the one read: false when another change came first. */
  async raiseMeetingVersion(meetingId: string, expectedVersion: number | null): Promise<boolean> {
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE meeting SET version = version + 1, updated_at = now() WHERE id = $1 AND ($2::int IS NULL OR version = $2::int)`,
      [meetingId, expectedVersion],
    );
    return affected === 1;
  }

  /** The organ's decision rule on the date (the latest rule version from on or before it; else the first). */
  async readDecisionRuleAt(organId: string, date: string): Promise<DecisionRule | null> {
    const [row] = await selectRows<{ decisionRule: DecisionRule }>(
      this.manager,
      `SELECT decision_rule AS "decisionRule" FROM organ_rule_version WHERE organ_id = $1
       ORDER BY (effective_from <= $2::date) DESC, CASE WHEN effective_from <= $2::date THEN effective_from END DESC, effective_from
       LIMIT 1`,
      [organId, date],
    );
    return row?.decisionRule ?? null;
  }

  /** The case locked until the transaction ends, with whether it is on the meeting's agenda and was sent out with its notice. */
  async findCaseToDecide(meetingId: string, caseId: string): Promise<CaseToDecideRow | null> {
    const [row] = await selectRows<CaseToDecideRow>(
      this.manager,
      `SELECT cf.id, cf.community_id AS "communityId", cf.reference, cf.status, cf.access, cf.recommendation, cf.version,
         EXISTS (SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = $1 AND ai.case_id = cf.id) AS "onAgenda",
         EXISTS (SELECT 1 FROM meeting_notice_case nc WHERE nc.meeting_id = $1 AND nc.case_id = cf.id) AS "sentOut"
       FROM case_file cf WHERE cf.id = $2 FOR UPDATE OF cf`,
      [meetingId, caseId],
    );
    return row ?? null;
  }

  /** Sets the case's status once decided, raising its version. */
  async setCaseStatus(caseId: string, status: CaseStatus): Promise<void> {
    await this.manager.query(`UPDATE case_file SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [caseId, status]);
  }

  /** The decision with its case's and meeting's facts. */
  async readDecision(decisionId: string): Promise<DecisionRow | null> {
    const [row] = await selectRows<DecisionRow>(this.manager, `${DECISION_FROM} WHERE d.id = $1`, [decisionId]);
    return row ?? null;
  }

  /** The current decision of the case at the meeting, if any. */
  async findCurrentDecision(meetingId: string, caseId: string): Promise<DecisionRow | null> {
    const [row] = await selectRows<DecisionRow>(
      this.manager,
      `${DECISION_FROM} WHERE d.meeting_id = $1 AND d.case_id = $2
         AND NOT EXISTS (SELECT 1 FROM decision later WHERE later.corrects_decision_id = d.id)`,
      [meetingId, caseId],
    );
    return row ?? null;
  }

  /** Every decision of the meetings, corrections too, oldest first. */
  readByMeetings(meetingIds: readonly string[]): Promise<DecisionRow[]> {
    return selectRows<DecisionRow>(
      this.manager,
      `${DECISION_FROM} WHERE d.meeting_id = ANY($1::uuid[]) ORDER BY d.meeting_id, d.recorded_at, d.id`,
      [meetingIds],
    );
  }

  /** Every decision of the cases, corrections too, by meeting date then oldest first. */
  readByCases(caseIds: readonly string[]): Promise<DecisionRow[]> {
    return selectRows<DecisionRow>(
      this.manager,
      `${DECISION_FROM} WHERE d.case_id = ANY($1::uuid[]) ORDER BY d.case_id, m.starts_at, d.recorded_at, d.id`,
      [caseIds],
    );
  }

  /**
   * For each meeting, the planned meetings of its organ after it (notice not sent), soonest first, at most
   * POSTPONEMENT_TARGETS_MAX each: one statement for every meeting.
   */
  readPostponementTargets(meetingIds: readonly string[]): Promise<PostponementTargetRow[]> {
    return selectRows<PostponementTargetRow>(
      this.manager,
      `SELECT m.id AS "fromMeetingId", later.id AS "meetingId", later.starts_at AS "startsAt", later.kind
       FROM meeting m CROSS JOIN LATERAL (
         SELECT l.id, l.starts_at, l.kind FROM meeting l
         WHERE l.organ_id = m.organ_id AND l.starts_at > m.starts_at AND l.state = 'PLANNED'
         ORDER BY l.starts_at, l.id LIMIT ${POSTPONEMENT_TARGETS_MAX}
       ) later
       WHERE m.id = ANY($1::uuid[]) ORDER BY m.id, later.starts_at, later.id`,
      [meetingIds],
    );
  }

  /** The votes of the decisions, in the voters' name order. */
  readVotes(decisionIds: readonly string[]): Promise<VoteRow[]> {
    return selectRows<VoteRow>(
      this.manager,
      `SELECT v.decision_id AS "decisionId", v.person_id AS "personId", p.name, v.vote
       FROM decision_vote v JOIN person p ON p.id = v.person_id
       WHERE v.decision_id = ANY($1::uuid[]) ORDER BY v.decision_id, p.name`,
      [decisionIds],
    );
  }

  /** Inserts a decision (the unique indexes refuse a second original, or a second correction of one) and its votes. */
  async insertDecision(decision: DecisionEntity, votes: readonly Omit<DecisionVoteEntity, 'decisionId'>[]): Promise<DecisionEntity> {
    const saved = await this.manager.save(DecisionEntity, decision);
    if (votes.length > 0) {
      await this.manager.insert(
        DecisionVoteEntity,
        votes.map((vote) => ({ ...vote, decisionId: saved.id })),
      );
    }
    return saved;
  }
}
