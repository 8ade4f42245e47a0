import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import type { CaseKind, CaseStatus, RecordAccess } from '../case/case.entity.js';
import type { MeetingKind, MeetingState } from '../meeting/meeting.entity.js';
import type { OrganKind } from '../organ/organ.entity.js';
import { MeetingAbsenceEntity, MeetingNoticeCaseEntity, MeetingNoticeEntity } from './meeting-notice.entity.js';
import type { Holder } from './meeting-notice.rules.js';

/** A meeting with its organ, as the notice and the public calendar read it (from the meeting tables). */
export interface MeetingRow {
  id: string;
  communityId: string;
  communityName: string;
  organId: string;
  organName: string;
  organKind: OrganKind;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  videoUrl: string | null;
  isOpen: boolean;
  kind: MeetingKind;
  state: MeetingState;
  noticeSentAt: Date | null;
  version: number;
  updatedAt: Date;
}

const MEETING_FROM = `SELECT m.id, m.community_id AS "communityId", c.name AS "communityName", m.organ_id AS "organId",
    o.name AS "organName", o.kind AS "organKind", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place,
    m.video_url AS "videoUrl", m.is_open AS "isOpen", m.kind, m.state, m.notice_sent_at AS "noticeSentAt", m.version,
    m.updated_at AS "updatedAt"
  FROM meeting m JOIN organ o ON o.id = m.organ_id JOIN community c ON c.id = m.community_id`;

/** The most meetings a public list answers: far more than any organ holds in the period it covers. */
export const PUBLIC_MEETINGS_LIMIT = 500;

/** A case on a meeting's agenda, with what the policy needs to decide what each reader sees of it. */
export interface AgendaCaseRow {
  meetingId: string;
  position: number;
  caseId: string;
  communityId: string;
  organKind: OrganKind;
  organName: string;
  number: number;
  year: number;
  /** As given at registration (modules/case/case.rules.ts). */
  reference: string;
  title: string;
  kind: CaseKind;
  status: CaseStatus;
  access: RecordAccess;
  exemptionBasis: string | null;
  publicTitle: string | null;
}

/** The organ's notice rules in force on a date. */
export interface NoticeRulesRow {
  noticePeriodDays: number | null;
  noticePeriodMaxDays: number | null;
  extraordinaryNoticeDays: number | null;
}

/** A reported absence with the names the notice panel shows. */
export interface AbsenceRow {
  id: string;
  meetingId: string;
  memberAppointmentId: string;
  memberName: string;
  seatLabel: string;
  reason: string | null;
  reportedAt: Date;
  deputyAppointmentId: string | null;
  deputyName: string | null;
  deputyCalledAt: Date | null;
}

/** Queries of the notice, absences and the public calendar; meetings and agendas are read from the meeting tables. */
export class MeetingNoticeRepository {
  constructor(private readonly manager: EntityManager) {}

  async readMeeting(meetingId: string): Promise<MeetingRow | null> {
    const [row] = await selectRows<MeetingRow>(this.manager, `${MEETING_FROM} WHERE m.id = $1`, [meetingId]);
    return row ?? null;
  }

  /** Locks the meeting row for the sending transaction, so two sends of one notice take turns. */
  async lockMeeting(meetingId: string): Promise<void> {
    await this.manager.query(`SELECT 1 FROM meeting WHERE id = $1 FOR UPDATE`, [meetingId]);
  }

  /** An organ's open meetings from a day to a day (Norwegian dates, inclusive), in time order: its feed. */
  readOpenMeetingsOfOrgan(organId: string, from: string, to: string): Promise<MeetingRow[]> {
    return selectRows<MeetingRow>(
      this.manager,
      `${MEETING_FROM} WHERE m.organ_id = $1 AND m.is_open
         AND (m.starts_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN $2::date AND $3::date
       ORDER BY m.starts_at, m.id LIMIT ${PUBLIC_MEETINGS_LIMIT}`,
      [organId, from, to],
    );
  }

  /** The open meetings of a community's organs in a year (Norwegian time), in time order: its public calendar. */
  readOpenMeetingsOfCommunity(communityId: string, year: number): Promise<MeetingRow[]> {
    return selectRows<MeetingRow>(
      this.manager,
      `${MEETING_FROM} WHERE m.community_id = $1 AND m.is_open
         AND (m.starts_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)
       ORDER BY m.starts_at, m.id LIMIT ${PUBLIC_MEETINGS_LIMIT}`,
      [communityId, year],
    );
  }

  /** The cases on the meetings' agendas, each meeting's in order. */
  readAgendas(meetingIds: readonly string[]): Promise<AgendaCaseRow[]> {
    return selectRows<AgendaCaseRow>(
      this.manager,
      `SELECT ai.meeting_id AS "meetingId", ai.position, cf.id AS "caseId", cf.community_id AS "communityId",
         o.kind AS "organKind", o.name AS "organName", cf.number, cf.year, cf.reference, cf.title, cf.kind, cf.status, cf.access,
         cf.exemption_basis AS "exemptionBasis", cf.public_title AS "publicTitle"
       FROM agenda_item ai JOIN case_file cf ON cf.id = ai.case_id JOIN organ o ON o.id = cf.organ_id
       WHERE ai.meeting_id = ANY($1::uuid[]) ORDER BY ai.meeting_id, ai.position`,
      [meetingIds],
    );
  }

  /** The organ's notice rules in force on the date (the latest version from on or before it; else the first). */
  async readNoticeRulesAt(organId: string, date: string): Promise<NoticeRulesRow | null> {
    const [row] = await selectRows<NoticeRulesRow>(
      this.manager,
      `SELECT notice_period_days AS "noticePeriodDays", notice_period_max_days AS "noticePeriodMaxDays",
         extraordinary_notice_days AS "extraordinaryNoticeDays"
       FROM organ_rule_version WHERE organ_id = $1
       ORDER BY (effective_from <= $2::date) DESC, CASE WHEN effective_from <= $2::date THEN effective_from END DESC, effective_from
       LIMIT 1`,
      [organId, date],
    );
    return row ?? null;
  }

  /**
   * The organ's holders on the date (the composition then): every counting appointment on its seats that
   * runs that day, with the person and the seat, in seat order.
   */
  readHoldersOn(organId: string, date: string): Promise<Holder[]> {
    return selectRows<Holder>(
      this.manager,
      `SELECT a.id AS "appointmentId", pe.id AS "personId", pe.name, pe.email, a.role, s.id AS "seatId", s.label AS "seatLabel",
         s.side AS "seatSide", s.voting AS "seatVoting", a.deputy_for_appointment_id AS "deputyForAppointmentId",
         a.deputy_rank AS "deputyRank"
       FROM appointment a JOIN seat s ON s.id = a.seat_id JOIN person pe ON pe.id = a.person_id
       WHERE s.organ_id = $1 AND a.starts_on <= $2::date AND (a.ends_on IS NULL OR a.ends_on >= $2::date) AND a.cancelled_at IS NULL
       ORDER BY s.position, a.deputy_rank NULLS FIRST, a.starts_on, a.id`,
      [organId, date],
    );
  }

  readAbsences(meetingId: string): Promise<AbsenceRow[]> {
    return selectRows<AbsenceRow>(
      this.manager,
      `SELECT ab.id, ab.meeting_id AS "meetingId", ab.member_appointment_id AS "memberAppointmentId", mp.name AS "memberName",
         s.label AS "seatLabel", ab.reason, ab.reported_at AS "reportedAt", ab.deputy_appointment_id AS "deputyAppointmentId",
         dp.name AS "deputyName", ab.deputy_called_at AS "deputyCalledAt"
       FROM meeting_absence ab
       JOIN appointment ma ON ma.id = ab.member_appointment_id JOIN person mp ON mp.id = ma.person_id JOIN seat s ON s.id = ma.seat_id
       LEFT JOIN appointment da ON da.id = ab.deputy_appointment_id LEFT JOIN person dp ON dp.id = da.person_id
       WHERE ab.meeting_id = $1 ORDER BY s.position, ab.reported_at`,
      [meetingId],
    );
  }

  findAbsence(absenceId: string): Promise<MeetingAbsenceEntity | null> {
    return this.manager.findOneBy(MeetingAbsenceEntity, { id: absenceId });
  }

  findAbsenceOf(meetingId: string, memberAppointmentId: string): Promise<MeetingAbsenceEntity | null> {
    return this.manager.findOneBy(MeetingAbsenceEntity, { meetingId, memberAppointmentId });
  }

  saveAbsence(absence: MeetingAbsenceEntity): Promise<MeetingAbsenceEntity> {
    return this.manager.save(MeetingAbsenceEntity, absence);
  }

  async deleteAbsence(absenceId: string): Promise<void> {
    await this.manager.delete(MeetingAbsenceEntity, { id: absenceId });
  }

  findNotice(meetingId: string): Promise<MeetingNoticeEntity | null> {
    return this.manager.findOneBy(MeetingNoticeEntity, { meetingId });
  }

  /** The notices of the meetings that have one. */
  readNotices(meetingIds: readonly string[]): Promise<Pick<MeetingNoticeEntity, 'meetingId' | 'sentAt' | 'recipientCount'>[]> {
    return selectRows(
      this.manager,
      `SELECT meeting_id AS "meetingId", sent_at AS "sentAt", recipient_count AS "recipientCount" FROM meeting_notice WHERE meeting_id = ANY($1::uuid[])`,
      [meetingIds],
    );
  }

  /** The notice PDF as sent. */
  async readNoticeDocument(meetingId: string): Promise<{ filename: string; content: Buffer } | null> {
    const [row] = await this.manager.query<{ filename: string; content: Buffer }[]>(
      `SELECT a.filename, a.content FROM meeting_notice n JOIN mail_attachment a ON a.id = n.document_id WHERE n.meeting_id = $1`,
      [meetingId],
    );
    return row ?? null;
  }

  /**
   * Everything the notice's e-mails carried, in order: the notice PDF first, then the case files. Read from
   * one of its sent messages (every recipient's message carries the same stored files), so a deputy called
   * in later gets exactly the papers the others got, even if a case's files have changed since.
   */
  async readNoticeAttachmentIds(documentId: string): Promise<string[]> {
    const rows = await this.manager.query<{ attachmentId: string }[]>(
      `SELECT attachment_id AS "attachmentId" FROM mail_outbox_attachment
       WHERE message_id = (SELECT min(message_id) FROM mail_outbox_attachment WHERE attachment_id = $1)
       ORDER BY position`,
      [documentId],
    );
    return rows.length > 0 ? rows.map((row) => row.attachmentId) : [documentId];
  }

  /** Records the notice and the cases sent out with it. */
  async insertNotice(notice: MeetingNoticeEntity, caseIds: readonly string[]): Promise<void> {
    await this.manager.insert(MeetingNoticeEntity, notice);
    if (caseIds.length > 0) {
      await this.manager.insert(
        MeetingNoticeCaseEntity,
        caseIds.map((caseId, index) => ({ meetingId: notice.meetingId, caseId, position: index + 1 })),
      );
    }
  }

  /** Marks the meeting NOTICE_SENT, only from PLANNED: false when it is no longer planned. */
  async markNoticeSent(meetingId: string, sentAt: Date): Promise<boolean> {
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE meeting SET state = 'NOTICE_SENT', notice_sent_at = $2, version = version + 1, updated_at = now()
       WHERE id = $1 AND state = 'PLANNED'`,
      [meetingId, sentAt],
    );
    return affected === 1;
  }
}
