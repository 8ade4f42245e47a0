import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { Clock } from '../../common/clock.js';
import { parseId } from '../../common/ids.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import type { OrganEntity } from '../organ/organ.entity.js';
import { createHash } from 'node:crypto';
import { extractAttachmentText } from './attachment-text.js';
import { CaseAttachmentEntity, CaseEntity, type CaseStatus, type RecordAccess } from './case.entity.js';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_CASE_MAX,
  attachmentAccess,
  attachmentFileName,
  detectAttachmentType,
} from './case-attachment.rules.js';
import { CASE_SEARCH_MAX_LENGTH, type ChangeCaseStatusInput, type RegisterCaseInput, type UpdateCaseInput } from './case.inputs.js';
import { mayReadAttachmentContent, mayReadCase, mayReadExempt, mayWriteCases } from './case.policy.js';
import type { CaseKind } from './case.entity.js';
import type { CaseRow } from './case.repository.js';
import { caseReference, isCaseEditable, mayMoveCase, yearOf } from './case.rules.js';

/** At most this many cases in one page of a list. */
export const CASES_PAGE_MAX = 100;

export interface CaseListQuery {
  organId: string;
  year: number | null;
  statuses: readonly CaseStatus[] | null;
  kinds: readonly CaseKind[] | null;
  search: string | null;
  first: number;
  after: string | null;
}

export interface NewAttachment {
  fileName: string;
  access: RecordAccess;
  exemptionBasis: string | null;
  content: Buffer;
}

export interface CaseListPage {
  rows: CaseRow[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The case register: registering (numbered from the counter row), changing, status changes, lists (ADR 0022, 0023). */
export class CaseService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers a case with the next number of its organ and year, in one transaction with its audit
   * event: the counter row stays locked until commit, so fifty at once get 1 to 50, and a refused one
   * gives its number back.
   */
  register(caller: Caller, input: RegisterCaseInput): Promise<CaseEntity> {
    const organId = parseId(input.organId, 'organId');
    return this.inTransaction(async (repositories) => {
      const organ = await repositories.organs.findById(organId);
      if (!organ) throw notFound('organ', organId);
      authorize(caller, 'community:administer', organ.communityId);
      const currentYear = yearOf(this.clock.today());
      const year = input.year ?? currentYear;
      if (year > currentYear) throw badUserInput('year', 'CASE_YEAR_IN_FUTURE', { currentYear }, `must be ${currentYear} or earlier`);
      if (input.number !== undefined && year >= currentYear) {
        throw badUserInput('number', 'CASE_NUMBER_ONLY_FOR_PAST_YEAR', { currentYear }, 'is given only for a case of a past year');
      }
      if (organ.dissolvedOn !== null && yearOf(organ.dissolvedOn) < year) {
        throw badUserInput(
          'organId',
          'CASE_ORGAN_DISSOLVED',
          { dissolvedOn: organ.dissolvedOn },
          'the organ was dissolved before the year',
        );
      }
      const entity = Object.assign(new CaseEntity(), {
        communityId: organ.communityId,
        organId: organ.id,
        year,
        title: input.title.trim(),
        kind: input.kind,
        status: 'DRAFT',
        submittedOn: null,
        access: 'PUBLIC' as const,
        exemptionBasis: null,
        publicTitle: null,
        externalReference: null,
        archiveReference: null,
        caseworkers: [],
        documentDate: null,
        recommendation: [],
        background: '',
        municipalAssessment: '',
        hospitalAssessment: '',
      });
      applyFields(entity, input, organ);
      if (input.number !== undefined) {
        await repositories.cases.raiseCounterTo(organ.id, year, input.number);
        entity.number = input.number;
      } else {
        entity.number = await repositories.cases.takeNextNumber(organ.id, year);
      }
      entity.reference = caseReference(organ.kind, entity.number, year, entity.externalReference);
      const saved = await repositories.cases.insert(entity);
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Case',
        entityId: saved.id,
        communityId: saved.communityId,
        after: saved,
      });
      return saved;
    });
  }

  /** A case the caller may know exists; NOT_FOUND otherwise (a draft of another community is not told apart from none). */
  async get(caller: Caller, caseId: string): Promise<CaseRow> {
    const [row] = await this.repositories.cases.readByIds([caseId]);
    if (!row || !mayReadCase(caller, row)) throw notFound('case', caseId);
    return row;
  }

  /** Changes a case's fields and links on the version read, with before and after in the audit log. */
  update(caller: Caller, input: UpdateCaseInput): Promise<CaseEntity> {
    const caseId = parseId(input.caseId, 'caseId');
    const linkedCaseIds = input.linkedCaseIds?.map((id, index) => parseId(id, `linkedCaseIds.${index}`));
    return this.inTransaction(async (repositories) => {
      const { entity, organ } = await this.writable(repositories, caller, caseId);
      assertEditable(entity);
      const before = { ...entity, linkedCaseIds: (await repositories.cases.findLinks(caseId)).map((link) => link.linkedCaseId) };
      if (input.title !== undefined) entity.title = input.title.trim();
      if (input.kind !== undefined) entity.kind = input.kind;
      applyFields(entity, input, organ);
      if (entity.externalReference !== before.externalReference) {
        // Only an outside body's case carries its own reference; the number and year never change.
        entity.reference = caseReference(organ.kind, entity.number, entity.year, entity.externalReference);
      }
      if (!(await repositories.cases.updateAtVersion(entity, input.expectedVersion))) throw staleCase();
      if (linkedCaseIds !== undefined) await assertLinkable(repositories, entity, linkedCaseIds);
      if (linkedCaseIds !== undefined) await repositories.cases.replaceLinks(caseId, [...new Set(linkedCaseIds)]);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Case',
        entityId: entity.id,
        communityId: entity.communityId,
        before,
        after: { ...entity, linkedCaseIds: linkedCaseIds ?? before.linkedCaseIds },
      });
      return entity;
    });
  }

  /** Submits a case (on a day, today by default), withdraws it, or takes it back to draft. */
  changeStatus(caller: Caller, input: ChangeCaseStatusInput): Promise<CaseEntity> {
    const caseId = parseId(input.caseId, 'caseId');
    return this.inTransaction(async (repositories) => {
      const { entity } = await this.writable(repositories, caller, caseId);
      const before = { ...entity };
      if (!mayMoveCase(entity.status, input.status)) {
        throw conflict(
          'CASE_STATUS_CHANGE_NOT_ALLOWED',
          { from: entity.status, to: input.status },
          `A case cannot move from ${entity.status} to ${input.status}.`,
          'status',
        );
      }
      const today = this.clock.today();
      if (input.status === 'SUBMITTED') {
        const submittedOn = input.submittedOn ?? today;
        if (submittedOn > today) throw badUserInput('submittedOn', 'DATE_IN_FUTURE', { today }, `must be today (${today}) or earlier`);
        entity.submittedOn = submittedOn;
      }
      if (input.status === 'DRAFT') entity.submittedOn = null;
      entity.status = input.status;
      if (!(await repositories.cases.updateAtVersion(entity, input.expectedVersion))) throw staleCase();
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Case',
        entityId: entity.id,
        communityId: entity.communityId,
        before,
        after: entity,
      });
      return entity;
    });
  }

  /**
   * One page of an organ's cases for the caller: drafts only for the community's own readers, and a
   * search that matches exempt content only for those who may read it (else the public vector: the
   * reference and the public title of an exempt case).
   */
  async list(caller: Caller, query: CaseListQuery): Promise<CaseListPage> {
    const organ = await this.repositories.organs.findById(query.organId);
    if (!organ) throw notFound('organ', query.organId);
    const search = query.search?.trim() ? query.search.trim() : null;
    if (search !== null && search.length > CASE_SEARCH_MAX_LENGTH) {
      throw badUserInput(
        'search',
        'CASE_SEARCH_TOO_LONG',
        { maxLength: CASE_SEARCH_MAX_LENGTH },
        `must be at most ${CASE_SEARCH_MAX_LENGTH} characters`,
      );
    }
    const draftProbe = { communityId: organ.communityId, status: 'DRAFT' as const, access: 'PUBLIC' as const };
    const rows = await this.repositories.cases.readPage(
      {
        organId: organ.id,
        year: query.year,
        statuses: query.statuses,
        kinds: query.kinds,
        search,
        searchExempt: mayReadExempt(caller, { communityId: organ.communityId, access: 'EXEMPT' }),
        includeDrafts: mayReadCase(caller, draftProbe),
      },
      { first: query.first, after: query.after === null ? null : parseCursor(query.after) },
    );
    const page = rows.slice(0, query.first);
    const last = page.at(-1);
    return {
      rows: page,
      totalCount: rows[0]?.totalCount ?? 0,
      endCursor: last ? `${last.year}:${last.number}` : null,
      hasNextPage: rows.length > query.first,
    };
  }

  /**
   * Adds a file to a case: at most ATTACHMENT_MAX_BYTES, of a type told from its first bytes, public or
   * exempt with a legal basis (an exempt case's files are read only by those who read the case). The
   * audit event records the file's name, type, size and hash, not its bytes.
   */
  async addAttachment(caller: Caller, caseId: string, file: NewAttachment): Promise<CaseAttachmentEntity> {
    // The words are read before the transaction, so no lock waits on a long PDF, and only for a caller who
    // may add the file (checked again, under the lock, below): reading a PDF costs.
    const owner = await this.repositories.cases.findById(caseId);
    if (!owner) throw notFound('case', caseId);
    authorize(caller, 'community:administer', owner.communityId);
    const type = file.content.byteLength <= ATTACHMENT_MAX_BYTES ? detectAttachmentType(file.content, file.fileName) : null;
    const textContent = type ? await extractAttachmentText(file.content, type.contentType) : '';
    return this.inTransaction(async (repositories) => {
      const { entity } = await this.writable(repositories, caller, caseId);
      assertEditable(entity);
      if (file.content.byteLength === 0) throw badUserInput('file', 'ATTACHMENT_EMPTY', {}, 'the file is empty');
      if (file.content.byteLength > ATTACHMENT_MAX_BYTES) {
        throw badUserInput(
          'file',
          'ATTACHMENT_TOO_LARGE',
          { limitBytes: ATTACHMENT_MAX_BYTES },
          `must be at most ${ATTACHMENT_MAX_BYTES} bytes`,
        );
      }
      const type = detectAttachmentType(file.content, file.fileName);
      if (!type) throw badUserInput('file', 'ATTACHMENT_TYPE_NOT_ALLOWED', {}, 'is not a PDF, Office document, PNG, JPEG or plain text');
      const { exemptionBasis } = attachmentAccess(file.access, file.exemptionBasis);
      const { count, lastPosition } = await repositories.cases.countAttachments(entity.id);
      if (count >= ATTACHMENTS_PER_CASE_MAX) {
        throw conflict(
          'TOO_MANY_ATTACHMENTS',
          { limit: ATTACHMENTS_PER_CASE_MAX },
          `A case has at most ${ATTACHMENTS_PER_CASE_MAX} attachments.`,
        );
      }
      const saved = await repositories.cases.insertAttachment(
        Object.assign(new CaseAttachmentEntity(), {
          caseId: entity.id,
          communityId: entity.communityId,
          position: lastPosition + 1,
          fileName: attachmentFileName(file.fileName, type),
          contentType: type.contentType,
          sizeBytes: file.content.byteLength,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          content: file.content,
          textContent,
          access: file.access,
          exemptionBasis,
        }),
      );
      // The log keeps what the file is (name, type, size, hash), never its bytes.
      const recorded: Partial<CaseAttachmentEntity> = { ...saved };
      delete recorded.content;
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'CaseAttachment',
        entityId: saved.id,
        communityId: saved.communityId,
        after: recorded,
      });
      return saved;
    });
  }

  /**
   * Makes a file public or exempts it, at any stage of the case: an exemption may be found needed after the
   * upload, or lapse later (offentleglova). Audited with the before and after access, never the bytes.
   */
  changeAttachmentAccess(
    caller: Caller,
    input: { attachmentId: string; access: RecordAccess; exemptionBasis?: string | null },
  ): Promise<CaseEntity> {
    return this.inTransaction(async (repositories) => {
      const attachment = await repositories.cases.findAttachment(input.attachmentId);
      if (!attachment) throw notFound('attachment', input.attachmentId);
      const { entity } = await this.writable(repositories, caller, attachment.caseId);
      const changed = attachmentAccess(input.access, input.exemptionBasis);
      const before = { access: attachment.access, exemptionBasis: attachment.exemptionBasis };
      await repositories.cases.updateAttachmentAccess(attachment.id, changed);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'CaseAttachment',
        entityId: attachment.id,
        communityId: attachment.communityId,
        before,
        after: changed,
      });
      return entity;
    });
  }

  /** Removes a file from a case that can still change. */
  removeAttachment(caller: Caller, attachmentId: string): Promise<CaseEntity> {
    return this.inTransaction(async (repositories) => {
      const attachment = await repositories.cases.findAttachment(attachmentId);
      if (!attachment) throw notFound('attachment', attachmentId);
      const { entity } = await this.writable(repositories, caller, attachment.caseId);
      assertEditable(entity);
      await repositories.cases.deleteAttachment(attachment.id);
      await repositories.audit.record(caller, {
        action: 'DELETE',
        entityType: 'CaseAttachment',
        entityId: attachment.id,
        communityId: attachment.communityId,
        before: attachment,
      });
      return entity;
    });
  }

  /** A file to download, when the policy lets the caller read it; NOT_FOUND otherwise (an exempt file is not told apart from none). */
  async attachmentFile(
    caller: Caller,
    attachmentId: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer; access: RecordAccess }> {
    const attachment = await this.repositories.cases.findAttachment(attachmentId);
    const parent = attachment ? await this.repositories.cases.findById(attachment.caseId) : null;
    if (!attachment || !parent || !mayReadAttachmentContent(caller, parent, attachment)) throw notFound('attachment', attachmentId);
    const content = await this.repositories.cases.readAttachmentContent(attachment.id);
    if (!content) throw notFound('attachment', attachmentId);
    return { fileName: attachment.fileName, contentType: attachment.contentType, content, access: attachment.access };
  }

  private async writable(repositories: Repositories, caller: Caller, caseId: string): Promise<{ entity: CaseEntity; organ: OrganEntity }> {
    const entity = await repositories.cases.findByIdForUpdate(caseId);
    if (!entity) throw notFound('case', caseId);
    authorize(caller, 'community:administer', entity.communityId);
    if (!mayWriteCases(caller, entity.communityId)) throw notFound('case', caseId);
    const organ = await repositories.organs.findById(entity.organId);
    if (!organ) throw notFound('organ', entity.organId);
    return { entity, organ };
  }
}

/** Applies the shared fields given (left-out ones stay) and checks public access and the external reference. */
function applyFields(entity: CaseEntity, input: RegisterCaseInput | UpdateCaseInput, organ: OrganEntity): void {
  if (input.access !== undefined) entity.access = input.access;
  if (input.exemptionBasis !== undefined) entity.exemptionBasis = input.exemptionBasis?.trim() ?? null;
  if (input.publicTitle !== undefined) entity.publicTitle = input.publicTitle?.trim() ?? null;
  if (input.access === 'PUBLIC' && input.exemptionBasis === undefined) entity.exemptionBasis = null;
  if (input.access === 'PUBLIC' && input.publicTitle === undefined) entity.publicTitle = null;
  if (entity.access === 'EXEMPT' && !entity.exemptionBasis) {
    throw badUserInput('exemptionBasis', 'EXEMPTION_BASIS_REQUIRED', {}, 'an exempt case needs its legal basis');
  }
  if (entity.access === 'PUBLIC' && (entity.exemptionBasis !== null || entity.publicTitle !== null)) {
    const field = entity.exemptionBasis !== null ? 'exemptionBasis' : 'publicTitle';
    throw badUserInput(field, 'EXEMPTION_ONLY_FOR_EXEMPT', {}, 'only an exempt case has a legal basis or a public title');
  }
  if (input.externalReference !== undefined) {
    const externalReference = input.externalReference?.trim() ?? null;
    if (externalReference !== null && organ.kind !== 'OTHER') {
      throw badUserInput(
        'externalReference',
        'EXTERNAL_REFERENCE_ONLY_FOR_OTHER_BODIES',
        {},
        "is only for a body outside the community's organs",
      );
    }
    entity.externalReference = externalReference;
  }
  if (input.archiveReference !== undefined) entity.archiveReference = input.archiveReference?.trim() || null;
  if (input.caseworkers !== undefined) entity.caseworkers = nonBlank(input.caseworkers);
  if (input.documentDate !== undefined) entity.documentDate = input.documentDate ?? null;
  if (input.recommendation !== undefined) entity.recommendation = nonBlank(input.recommendation);
  if (input.background !== undefined) entity.background = input.background.trim();
  if (input.municipalAssessment !== undefined) entity.municipalAssessment = input.municipalAssessment.trim();
  if (input.hospitalAssessment !== undefined) entity.hospitalAssessment = input.hospitalAssessment.trim();
}

function nonBlank(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value.length > 0);
}

function assertEditable(entity: CaseEntity): void {
  if (!isCaseEditable(entity.status)) {
    throw conflict('CASE_NOT_EDITABLE', { status: entity.status }, `A case in status ${entity.status} is not changed.`);
  }
}

/** Links go to other cases of the same community. */
async function assertLinkable(repositories: Repositories, entity: CaseEntity, linkedCaseIds: readonly string[]): Promise<void> {
  if (linkedCaseIds.includes(entity.id)) throw badUserInput('linkedCaseIds', 'CASE_LINK_TO_ITSELF', {}, 'a case cannot link to itself');
  const found = await repositories.cases.findByIds(linkedCaseIds);
  for (const id of linkedCaseIds) {
    const linked = found.find((candidate) => candidate.id === id);
    if (!linked || linked.communityId !== entity.communityId) throw notFoundInput(id);
  }
}

function notFoundInput(id: string) {
  return badUserInput('linkedCaseIds', 'LINKED_CASE_NOT_IN_COMMUNITY', { caseId: id }, `no case with id ${id} in the community`);
}

function staleCase() {
  return conflict('CONCURRENT_CHANGE', {}, 'The case was changed by someone else; reload and try again.');
}

function parseCursor(cursor: string): { year: number; number: number } {
  const match = /^(\d{4}):(\d{1,5})$/.exec(cursor);
  if (!match) throw badUserInput('after', 'INVALID_PAGE_CURSOR', {}, 'is not a cursor of this list');
  return { year: Number(match[1]), number: Number(match[2]) };
}
