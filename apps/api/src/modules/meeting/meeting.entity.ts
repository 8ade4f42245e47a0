import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An ordinary meeting of the yearly plan, or an extraordinary one called when needed. */
export type MeetingKind = 'ORDINARY' | 'EXTRAORDINARY';

/** Where a meeting stands; the minutes' states follow in the decisions issue. */
export type MeetingState = 'PLANNED' | 'NOTICE_SENT' | 'HELD' | 'CANCELLED';

/** An organ's meeting plan for a year, adopted before the year starts (seed 002 § 4-2). */
@Entity({ name: 'meeting_plan' })
export class MeetingPlanEntity {
  @PrimaryColumn({ name: 'organ_id', type: 'uuid' })
  organId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @Column({ name: 'adopted_by_case_id', type: 'uuid', nullable: true })
  adoptedByCaseId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A meeting of an organ. */
@Entity({ name: 'meeting' })
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'organ_id', type: 'uuid' })
  organId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl: string | null;

  /** Open to the public (the partnership meeting is); a closed meeting's agenda is not public. */
  @Column({ name: 'is_open', type: 'boolean', default: true })
  isOpen: boolean;

  @Column({ type: 'text', default: 'ORDINARY' })
  kind: MeetingKind;

  @Column({ type: 'text', default: 'PLANNED' })
  state: MeetingState;

  @Column({ name: 'notice_sent_at', type: 'timestamptz', nullable: true })
  noticeSentAt: Date | null;

  /** Why a cancelled meeting was cancelled; null unless cancelled. */
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  /** Raised on each change; a save names the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A case on a meeting's agenda, in order; a late case carries the chair's recorded exception. */
@Entity({ name: 'agenda_item' })
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'integer' })
  position: number;

  /** Why the chair let a case submitted after the deadline onto the agenda ("the case cannot wait"). */
  @Column({ name: 'late_exception_reason', type: 'text', nullable: true })
  lateExceptionReason: string | null;

  @Column({ name: 'late_exception_recorded_by', type: 'uuid', nullable: true })
  lateExceptionRecordedBy: string | null;

  @Column({ name: 'late_exception_recorded_at', type: 'timestamptz', nullable: true })
  lateExceptionRecordedAt: Date | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
