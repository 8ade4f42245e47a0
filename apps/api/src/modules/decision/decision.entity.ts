import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** How a case was settled at a meeting (seed 002 § 4-2, § 4-3). */
export type DecisionKindValue = 'CONSENSUS' | 'VOTE' | 'NOTED' | 'POSTPONED';

/** One voting member's vote. */
export type VoteValue = 'YES' | 'NO' | 'ABSTAIN';

/** A partner's local handling of a binding decision. */
export type FollowUpStatusValue = 'NOT_STARTED' | 'IN_PROGRESS' | 'ADOPTED' | 'DECLINED';

/** An appointment that attended a meeting; a deputy's names the member's appointment it stood in for. */
@Entity({ name: 'meeting_attendance' })
export class MeetingAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'appointment_id', type: 'uuid' })
  appointmentId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'stands_in_for_appointment_id', type: 'uuid', nullable: true })
  standsInForAppointmentId: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}

/** A case's outcome at a meeting; immutable: a correction is a new row naming the one it corrects. */
@Entity({ name: 'decision' })
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'organ_id', type: 'uuid' })
  organId: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  kind: DecisionKindValue;

  @Column({ type: 'text' })
  text: string;

  /** The case's recommendation as it stood when decided, so the difference from the decision is kept. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recommendation: string[];

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Column({ name: 'postponed_to_meeting_id', type: 'uuid', nullable: true })
  postponedToMeetingId: string | null;

  @Column({ name: 'corrects_decision_id', type: 'uuid', nullable: true })
  correctsDecisionId: string | null;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}

/** A voting person's vote on a decision by vote. */
@Entity({ name: 'decision_vote' })
export class DecisionVoteEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'appointment_id', type: 'uuid' })
  appointmentId: string;

  @Column({ type: 'text' })
  vote: VoteValue;
}

/** A meeting's minutes (protokoll/referat): drafted, sent, approved (by silence or after objections), published. */
@Entity({ name: 'minutes' })
export class MinutesEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'sent_by', type: 'uuid', nullable: true })
  sentBy: string | null;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn: string | null;

  @Column({ name: 'approved_by_silence', type: 'boolean', nullable: true })
  approvedBySilence: boolean | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** A participant's objection to sent minutes, and how it was resolved. */
@Entity({ name: 'minutes_objection' })
export class MinutesObjectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @Column({ name: 'raised_by', type: 'uuid', nullable: true })
  raisedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;
}

/** A correction of approved minutes: a new record with its reason; the minutes stay as approved. */
@Entity({ name: 'minutes_correction' })
export class MinutesCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}

/** A partner's local handling of a binding (consensus) decision; no row means not started. */
@Entity({ name: 'follow_up' })
export class FollowUpEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  status: FollowUpStatusValue;

  @Column({ name: 'local_reference', type: 'text', nullable: true })
  localReference: string | null;

  @Column({ name: 'local_date', type: 'date', nullable: true })
  localDate: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
