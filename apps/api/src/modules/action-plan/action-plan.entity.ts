import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StatusLevel } from '@helsefellesskap/status-schema';

export type ActionPlanStatus = 'DRAFT' | 'ADOPTED' | 'PROLONGED' | 'CLOSED';

/** numeric columns arrive as strings from pg; this keeps them numbers (or null) in the entity. */
const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ name: 'action_plan' })
export class ActionPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'period_from', type: 'integer' })
  periodFrom: number;

  @Column({ name: 'period_to', type: 'integer' })
  periodTo: number;

  @Column({ type: 'text' })
  status: ActionPlanStatus;

  /** Reference of the case that adopted the plan, e.g. "Partnerskapsmøtet sak 05-2022". */
  @Column({ name: 'adopted_by_case', type: 'text', nullable: true })
  adoptedByCase: string | null;

  @Column({ name: 'prolonged_reason', type: 'text', nullable: true })
  prolongedReason: string | null;

  @Column({ name: 'prolonged_by_case', type: 'text', nullable: true })
  prolongedByCase: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'focus_area' })
export class FocusAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  /** The professional committee (or other organ) that carries the focus area, if any. */
  @Column({ name: 'responsible_organ_id', type: 'uuid', nullable: true })
  responsibleOrganId: string | null;

  /** The day it stopped being part of the plan; it is kept, with its history, and judged only before that day. */
  @Column({ name: 'retired_on', type: 'date', nullable: true })
  retiredOn: string | null;
}

@Entity({ name: 'target' })
export class TargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'focus_area_id', type: 'uuid' })
  focusAreaId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'indicator_name', type: 'text' })
  indicatorName: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  baseline: number | null;

  @Column({ name: 'target_value', type: 'numeric', nullable: true, transformer: numeric })
  targetValue: number | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  /** The day it stopped being part of the plan; it is kept, with its history, and judged only before that day. */
  @Column({ name: 'retired_on', type: 'date', nullable: true })
  retiredOn: string | null;
}

@Entity({ name: 'measure' })
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'focus_area_id', type: 'uuid' })
  focusAreaId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_partner_id', type: 'uuid', nullable: true })
  ownerPartnerId: string | null;

  @Column({ name: 'owner_organ_id', type: 'uuid', nullable: true })
  ownerOrganId: string | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'patient_groups', type: 'text', array: true, default: () => "'{}'" })
  patientGroups: string[];

  /** The day it stopped being part of the plan; it is kept, with its history, and judged only before that day. */
  @Column({ name: 'retired_on', type: 'date', nullable: true })
  retiredOn: string | null;
}

/** One of the users who report on a measure: an SSU member may post updates only for measures they report on. */
@Entity({ name: 'measure_reporter' })
export class MeasureReporterEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;
}

/** A measure with the users who report on it, as the policy and the audit log read it. */
export type MeasureWithReporters = MeasureEntity & { reporterUserIds: string[] };

/** A dated entry: append-only, so the history of a measure or target is never overwritten. */
@Entity({ name: 'status_update' })
export class StatusUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'measure_id', type: 'uuid', nullable: true })
  measureId: string | null;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  @Column({ type: 'text', nullable: true })
  status: StatusLevel | null;

  @Column({ type: 'integer', nullable: true })
  progress: number | null;

  @Column({ name: 'indicator_value', type: 'numeric', nullable: true, transformer: numeric })
  indicatorValue: number | null;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ name: 'author_name', type: 'text' })
  authorName: string;

  /** The entry this one corrects: the corrected entry stays in the history, marked, and no longer counts. */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A year's status report: a draft with commentary per focus area, then a frozen snapshot that never changes. */
@Entity({ name: 'status_report' })
export class StatusReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'cut_off_date', type: 'date' })
  cutOffDate: string;

  /** Commentary per focus area id while the report is a draft: renumbering the focus areas leaves it with its area. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  commentary: Record<string, string>;

  /** Version of each focus area's commentary (by id), counting its saves; a missing one is version 0. */
  @Column({ name: 'commentary_versions', type: 'jsonb', default: () => "'{}'" })
  commentaryVersions: Record<string, number>;

  /** The frozen report, valid against the status schema; null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: unknown;

  @Column({ name: 'case_reference', type: 'text', nullable: true })
  caseReference: string | null;

  @Column({ name: 'frozen_at', type: 'timestamptz', nullable: true })
  frozenAt: Date | null;

  @Column({ name: 'frozen_by', type: 'text', nullable: true })
  frozenBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
