import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The notice of a meeting as sent: when, by whom, the PDF and how many it went to (ADR 0025). */
@Entity({ name: 'meeting_notice' })
export class MeetingNoticeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'sent_by', type: 'uuid', nullable: true })
  sentBy: string | null;

  /** The notice PDF as sent (a stored mail attachment). */
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ name: 'recipient_count', type: 'integer' })
  recipientCount: number;
}

/** A case sent out with a meeting's notice: only these can be decided at the meeting (the next issue). */
@Entity({ name: 'meeting_notice_case' })
export class MeetingNoticeCaseEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'integer' })
  position: number;
}

/** A member's absence (forfall) from a meeting, and the deputy the secretariat called in. */
@Entity({ name: 'meeting_absence' })
export class MeetingAbsenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  /** The absent member's appointment on the meeting date. */
  @Column({ name: 'member_appointment_id', type: 'uuid' })
  memberAppointmentId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Column({ name: 'reported_by', type: 'uuid', nullable: true })
  reportedBy: string | null;

  /** The deputy called in: the member's personal deputy, or one from the hospital's list. */
  @Column({ name: 'deputy_appointment_id', type: 'uuid', nullable: true })
  deputyAppointmentId: string | null;

  @Column({ name: 'deputy_called_at', type: 'timestamptz', nullable: true })
  deputyCalledAt: Date | null;

  @Column({ name: 'deputy_called_by', type: 'uuid', nullable: true })
  deputyCalledBy: string | null;
}
