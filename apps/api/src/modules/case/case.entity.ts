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

  /** The reference as given at registration ("SSU sak 26/2024"); kept so a free-text reference finds its case. */
  @Column({ type: 'text' })
  reference: string;

  /** An external body's own reference for its case (kind OTHER), e.g. "Styresak 052/2021". */
  @Column({ name: 'external_reference', type: 'text', nullable: true })
  externalReference: string | null;

  @Column({ type: 'text' })
  title: string;

  /** The archive reference ("Vår ref"), e.g. "2021/3288". */
  @Column({ name: 'archive_reference', type: 'text', nullable: true })
  archiveReference: string | null;

  /** Who prepares the case (saksbehandler), by name. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  caseworkers: string[];

  /** The date of the case document ("Dato dok"). */
  @Column({ name: 'document_date', type: 'date', nullable: true })
  documentDate: string | null;

  /** The recommendation (innstilling, anbefaling) as numbered points, in order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recommendation: string[];

  /** Formatted text (paragraphs, lists, emphasis; see case-text in the admin UI): the background. */
  @Column({ type: 'text', default: '' })
  background: string;

  /** Formatted text: the municipalities' assessment. */
  @Column({ name: 'municipal_assessment', type: 'text', default: '' })
  municipalAssessment: string;

  /** Formatted text: the hospital's assessment. */
  @Column({ name: 'hospital_assessment', type: 'text', default: '' })
  hospitalAssessment: string;

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

/** A file attached to a case, kept in PostgreSQL; public or exempt on its own (an exempt case's files are exempt too). */
@Entity({ name: 'case_attachment' })
export class CaseAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** The type found from the file's first bytes, not the one the browser claimed. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  /** The words of the file's text layer, for the search only (never answered, never in the audit log). */
  @Column({ name: 'text_content', type: 'text', select: false })
  textContent: string;

  @Column({ type: 'text', default: 'PUBLIC' })
  access: RecordAccess;

  @Column({ name: 'exemption_basis', type: 'text', nullable: true })
  exemptionBasis: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A case listed among another case's papers (SSU sak 26/2024 lists three), in order. */
@Entity({ name: 'case_link' })
export class CaseLinkEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ name: 'linked_case_id', type: 'uuid' })
  linkedCaseId: string;

  @Column({ type: 'integer' })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
