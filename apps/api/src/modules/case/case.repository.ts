import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import { CaseAttachmentEntity, CaseEntity, CaseLinkEntity, type CaseKind, type CaseStatus, type RecordAccess } from './case.entity.js';

/**
 * A stored case as a plain row: every column the GraphQL type may show, before the policy decides what
 * the caller sees (the mapper redacts). The search vectors and the files' words never leave the database.
 */
export interface CaseRow {
  id: string;
  communityId: string;
  organId: string;
  year: number;
  number: number;
  reference: string;
  externalReference: string | null;
  title: string;
  kind: CaseKind;
  status: CaseStatus;
  submittedOn: string | null;
  access: RecordAccess;
  exemptionBasis: string | null;
  publicTitle: string | null;
  archiveReference: string | null;
  caseworkers: string[];
  documentDate: string | null;
  recommendation: string[];
  background: string;
  municipalAssessment: string;
  hospitalAssessment: string;
  version: number;
}

const CASE_COLUMNS = `c.id, c.community_id AS "communityId", c.organ_id AS "organId", c.year, c.number, c.reference,
  c.external_reference AS "externalReference", c.title, c.kind, c.status, c.submitted_on AS "submittedOn", c.access,
  c.exemption_basis AS "exemptionBasis", c.public_title AS "publicTitle", c.archive_reference AS "archiveReference",
  c.caseworkers, c.document_date AS "documentDate", c.recommendation, c.background,
  c.municipal_assessment AS "municipalAssessment", c.hospital_assessment AS "hospitalAssessment", c.version`;

/** An attachment without its bytes, with the parent case's access columns the policy needs. */
export interface AttachmentRow {
  id: string;
  caseId: string;
  communityId: string;
  position: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  access: RecordAccess;
  exemptionBasis: string | null;
  createdAt: Date;
}

const ATTACHMENT_COLUMNS = `a.id, a.case_id AS "caseId", a.community_id AS "communityId", a.position, a.file_name AS "fileName",
  a.content_type AS "contentType", a.size_bytes AS "sizeBytes", a.access, a.exemption_basis AS "exemptionBasis", a.created_at AS "createdAt"`;

/** A case's link to another, in the listing's order. */
export interface CaseLinkRow {
  caseId: string;
  linkedCaseId: string;
  position: number;
}

/** What a list of cases is filtered by; the search matches only what the caller may read (`searchExempt`). */
export interface CaseFilter {
  organId: string;
  year: number | null;
  statuses: readonly CaseStatus[] | null;
  kinds: readonly CaseKind[] | null;
  search: string | null;
  /** Whether the search may match exempt content (the caller reads it); else only the public vector is searched. */
  searchExempt: boolean;
  /** Whether drafts are listed (the caller reads the community's internal papers). */
  includeDrafts: boolean;
}

/** A page of a list: after the cursor's (year, number), newest first. */
export interface CasePage {
  first: number;
  after: { year: number; number: number } | null;
}

/** A reference compared without case, spaces around it, leading zeros of numbers or a hyphen before the year. */
function normalisedReference(column: string): string {
  return `lower(regexp_replace(regexp_replace(btrim(${column}), '(\\d+)-(\\d{4})\\M', '\\1/\\2', 'g'), '\\m0+(\\d)', '\\1', 'g'))`;
}

export class CaseRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The next number of the organ's year: raises the counter row in the caller's transaction, which
   * holds its lock until commit, so parallel registrations wait on each other and a rollback gives
   * the number back (ADR 0022).
   */
  async takeNextNumber(organId: string, year: number): Promise<number> {
    const rows = await this.manager.query<{ last_number: number }[]>(
      `INSERT INTO case_number_counter (organ_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (organ_id, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
       RETURNING last_number`,
      [organId, year],
    );
    const row = rows[0];
    if (!row) throw new Error('The case number counter returned no row.');
    return row.last_number;
  }

  /** For a case of a past year recorded with the number it was given: the counter goes on from the highest. */
  async raiseCounterTo(organId: string, year: number, number: number): Promise<void> {
    await this.manager.query(
      `INSERT INTO case_number_counter (organ_id, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT (organ_id, year) DO UPDATE SET last_number = GREATEST(case_number_counter.last_number, EXCLUDED.last_number)`,
      [organId, year, number],
    );
  }

  findById(caseId: string): Promise<CaseEntity | null> {
    return this.manager.findOneBy(CaseEntity, { id: caseId });
  }

  /** The case, locked for the rest of the transaction: status changes and edits serialise on it. */
  findByIdForUpdate(caseId: string): Promise<CaseEntity | null> {
    return this.manager.findOne(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
  }

  insert(entity: CaseEntity): Promise<CaseEntity> {
    return this.manager.save(CaseEntity, entity);
  }

  /** Saves a change made on the version read; false when another change came first. */
  async updateAtVersion(entity: CaseEntity, expectedVersion: number): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(CaseEntity)
      .set({
        reference: entity.reference,
        title: entity.title,
        kind: entity.kind,
        status: entity.status,
        submittedOn: entity.submittedOn,
        access: entity.access,
        exemptionBasis: entity.exemptionBasis,
        publicTitle: entity.publicTitle,
        externalReference: entity.externalReference,
        archiveReference: entity.archiveReference,
        caseworkers: entity.caseworkers,
        documentDate: entity.documentDate,
        recommendation: entity.recommendation,
        background: entity.background,
        municipalAssessment: entity.municipalAssessment,
        hospitalAssessment: entity.hospitalAssessment,
        version: expectedVersion + 1,
      })
      .where('id = :id AND version = :version', { id: entity.id, version: expectedVersion })
      .execute();
    if (result.affected === 1) entity.version = expectedVersion + 1;
    return result.affected === 1;
  }

  /** Cases by id as plain rows, in any community: the loader filters them by the policy. */
  readByIds(caseIds: readonly string[]): Promise<CaseRow[]> {
    return selectRows<CaseRow>(this.manager, `SELECT ${CASE_COLUMNS} FROM case_file c WHERE c.id = ANY($1::uuid[])`, [caseIds]);
  }

  /**
   * Cases by reference within communities: a free-text reference finds its case whether it writes the
   * number with leading zeros or a hyphen ("SSU sak 04-2024" finds "SSU sak 4/2024"). Each row says which
   * reference asked for it (`askedReference`, as given).
   */
  readByReferences(keys: readonly { communityId: string; reference: string }[]): Promise<(CaseRow & { askedReference: string })[]> {
    return selectRows(
      this.manager,
      `SELECT ${CASE_COLUMNS}, k.reference AS "askedReference" FROM case_file c
       JOIN unnest($1::uuid[], $2::text[]) AS k(community_id, reference)
         ON c.community_id = k.community_id AND ${normalisedReference('c.reference')} = ${normalisedReference('k.reference')}`,
      [keys.map((key) => key.communityId), keys.map((key) => key.reference)],
    );
  }

  /**
   * One page of an organ's cases, newest first (year, then number, descending), one more than asked so
   * the caller knows whether there is a next page; the total in the same statement.
   */
  readPage(filter: CaseFilter, page: CasePage): Promise<(CaseRow & { totalCount: number })[]> {
    const where = ['c.organ_id = $1'];
    const params: unknown[] = [filter.organId];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.year !== null) where.push(`c.year = ${param(filter.year)}`);
    if (filter.statuses !== null) where.push(`c.status = ANY(${param(filter.statuses)}::text[])`);
    if (filter.kinds !== null) where.push(`c.kind = ANY(${param(filter.kinds)}::text[])`);
    if (!filter.includeDrafts) where.push(`c.status <> 'DRAFT'`);
    if (filter.search !== null) {
      const query = `websearch_to_tsquery('norwegian', ${param(filter.search)})`;
      // A file's name and words count for the case when the caller may read the file: every file for a reader
      // of exempt content, else a public file of a public case (case.policy.ts, mayReadAttachmentContent).
      const files = filter.searchExempt
        ? `EXISTS (SELECT 1 FROM case_attachment a WHERE a.case_id = c.id AND a.search @@ ${query})`
        : `(c.access = 'PUBLIC' AND EXISTS (SELECT 1 FROM case_attachment a WHERE a.case_id = c.id AND a.access = 'PUBLIC' AND a.search @@ ${query}))`;
      where.push(`(${filter.searchExempt ? 'c.full_search' : 'c.public_search'} @@ ${query} OR ${files})`);
    }
    const filtered = where.join(' AND ');
    const cursor = page.after ? `AND (c.year, c.number) < (${param(page.after.year)}, ${param(page.after.number)})` : '';
    return selectRows(
      this.manager,
      `SELECT ${CASE_COLUMNS}, (SELECT count(*)::int FROM case_file c WHERE ${filtered}) AS "totalCount"
       FROM case_file c WHERE ${filtered} ${cursor}
       ORDER BY c.year DESC, c.number DESC LIMIT ${param(page.first + 1)}`,
      params,
    );
  }

  /** The years the organ has cases in, newest first. */
  readYearsOfOrgans(organIds: readonly string[]): Promise<{ organId: string; year: number }[]> {
    return selectRows(
      this.manager,
      `SELECT DISTINCT organ_id AS "organId", year FROM case_file WHERE organ_id = ANY($1::uuid[]) ORDER BY organ_id, year DESC`,
      [organIds],
    );
  }

  // Attachments

  readAttachmentsOfCases(caseIds: readonly string[]): Promise<AttachmentRow[]> {
    return selectRows<AttachmentRow>(
      this.manager,
      `SELECT ${ATTACHMENT_COLUMNS} FROM case_attachment a WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.case_id, a.position`,
      [caseIds],
    );
  }

  findAttachment(attachmentId: string): Promise<CaseAttachmentEntity | null> {
    return this.manager.findOneBy(CaseAttachmentEntity, { id: attachmentId });
  }

  /** The file's bytes, read only after the policy allowed it. */
  async readAttachmentContent(attachmentId: string): Promise<Buffer | null> {
    const rows = await selectRows<{ content: Buffer }>(this.manager, `SELECT content FROM case_attachment WHERE id = $1`, [attachmentId]);
    return rows[0]?.content ?? null;
  }

  /** The attachments of a case, locked: adding one and counting them serialise on the case. */
  async countAttachments(caseId: string): Promise<{ count: number; lastPosition: number }> {
    const rows = await selectRows<{ count: number; lastPosition: number }>(
      this.manager,
      `SELECT count(*)::int AS count, coalesce(max(position), 0)::int AS "lastPosition" FROM case_attachment WHERE case_id = $1`,
      [caseId],
    );
    return rows[0] ?? { count: 0, lastPosition: 0 };
  }

  async updateAttachmentAccess(attachmentId: string, change: { access: RecordAccess; exemptionBasis: string | null }): Promise<void> {
    await this.manager.update(CaseAttachmentEntity, { id: attachmentId }, change);
  }

  insertAttachment(entity: CaseAttachmentEntity): Promise<CaseAttachmentEntity> {
    return this.manager.save(CaseAttachmentEntity, entity);
  }

  async deleteAttachment(attachmentId: string): Promise<void> {
    await this.manager.delete(CaseAttachmentEntity, { id: attachmentId });
  }

  // Links

  readLinksOfCases(caseIds: readonly string[]): Promise<CaseLinkRow[]> {
    return selectRows<CaseLinkRow>(
      this.manager,
      `SELECT case_id AS "caseId", linked_case_id AS "linkedCaseId", position FROM case_link
       WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, position`,
      [caseIds],
    );
  }

  findLinks(caseId: string): Promise<CaseLinkEntity[]> {
    return this.manager.find(CaseLinkEntity, { where: { caseId }, order: { position: 'ASC' } });
  }

  /** Replaces a case's links with the given ones, in order. */
  async replaceLinks(caseId: string, linkedCaseIds: readonly string[]): Promise<void> {
    await this.manager.delete(CaseLinkEntity, { caseId });
    if (linkedCaseIds.length > 0) {
      await this.manager.insert(
        CaseLinkEntity,
        linkedCaseIds.map((linkedCaseId, index) => ({ caseId, linkedCaseId, position: index + 1 })),
      );
    }
  }

  findByIds(caseIds: readonly string[]): Promise<CaseEntity[]> {
    return caseIds.length === 0
      ? Promise.resolve([])
      : this.manager
          .createQueryBuilder(CaseEntity, 'c')
          .where('c.id IN (:...ids)', { ids: [...caseIds] })
          .getMany();
  }
}
