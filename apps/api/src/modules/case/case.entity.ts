import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** How an organ handles a case: decides it, is informed of it, or discusses it. */
export type CaseKind = 'DECISION' | 'ORIENTATION' | 'DISCUSSION';

/** Where a case stands: drafted, submitted to the organ, on a meeting's agenda, decided, postponed or withdrawn. */
export type CaseStatus = 'DRAFT' | 'SUBMITTED' | 'ON_AGENDA' | 'DECIDED' | 'POSTPONED' | 'WITHDRAWN';

/** Public access to a record (Noark 5 tilgangsrestriksjon): public, or exempt with a legal basis. */
export type RecordAccess = 'PUBLIC' | 'EXEMPT';

/** The last case number given for an organ and year; locked and raised in the registering transaction. */
@Entity({ name: 'case_number_counter' })
export class CaseNumberCounterEntity {
  @PrimaryColumn({ name: 'organ_id', type: 'uuid' })
  organId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}

/** A case (sak) of an organ, numbered per organ and year at registration (Noark 5: saksår + sekvensnummer). */
@Entity({ name: 'case_file' })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'organ_id', type: 'uuid' })
  organId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: CaseKind;

  @Column({ type: 'text', default: 'DRAFT' })
  status: CaseStatus;

  /** The day the case was submitted to the organ: what the submission deadline is measured against. */
  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn: string | null;

  @Column({ type: 'text', default: 'PUBLIC' })
  access: RecordAccess;

  /** The legal basis of an exemption, e.g. "Offl. § 14"; null for a public case. */
  @Column({ name: 'exemption_basis', type: 'text', nullable: true })
  exemptionBasis: string | null;

  /** The title the public sees of an exempt case; null shows only the reference. */
  @Column({ name: 'public_title', type: 'text', nullable: true })
  publicTitle: string | null;

  /** Raised on each change; a save names the version it read (`UPDATE … WHERE version = $expected`). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
