import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type OrganKind =
  'DIALOGUE_MEETING' | 'PARTNERSHIP_MEETING' | 'STRATEGIC_COMMITTEE' | 'PROFESSIONAL_COMMITTEE' | 'SECRETARIAT' | 'OTHER';

export type DecisionRule = 'CONSENSUS' | 'VOTE';

@Entity({ name: 'organ' })
export class OrganEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganKind;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn: string | null;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn: string | null;

  /** The organ that elects this organ's chair and vice-chair (SSU's: the partnership meeting). */
  @Column({ name: 'officers_elected_by_organ_id', type: 'uuid', nullable: true })
  officersElectedByOrganId: string | null;

  /** Years a chair serves before the chair passes to the other side; null when the chair does not rotate. */
  @Column({ name: 'chair_rotation_years', type: 'integer', nullable: true })
  chairRotationYears: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An organ's rules of procedure from `effectiveFrom` until the next version starts: what a meeting or
 * a deadline of a date was bound by. The officers' election and rotation stay on the organ.
 */
@Entity({ name: 'organ_rule_version' })
export class OrganRuleVersionEntity {
  @PrimaryColumn({ name: 'organ_id', type: 'uuid' })
  organId: string;

  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'meetings_per_year', type: 'integer', nullable: true })
  meetingsPerYear: number | null;

  @Column({ name: 'case_submission_deadline_days', type: 'integer', nullable: true })
  caseSubmissionDeadlineDays: number | null;

  @Column({ name: 'notice_period_days', type: 'integer', nullable: true })
  noticePeriodDays: number | null;

  @Column({ name: 'notice_period_max_days', type: 'integer', nullable: true })
  noticePeriodMaxDays: number | null;

  @Column({ name: 'extraordinary_notice_days', type: 'integer', nullable: true })
  extraordinaryNoticeDays: number | null;

  @Column({ name: 'protocol_deadline_days', type: 'integer', nullable: true })
  protocolDeadlineDays: number | null;

  @Column({ name: 'minutes_objection_period_days', type: 'integer', nullable: true })
  minutesObjectionPeriodDays: number | null;

  @Column({ name: 'decision_rule', type: 'text' })
  decisionRule: DecisionRule;
}
