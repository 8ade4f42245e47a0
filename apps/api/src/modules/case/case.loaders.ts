import DataLoader from 'dataloader';
import type { Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { toCase } from './case.mapper.js';
import { groupByKeys } from '../../common/group.js';
import { mayReadAttachmentContent, mayReadCase } from './case.policy.js';
import { CaseAttachment, type Case } from './case.type.js';

/** A free-text reference in a community, e.g. an appointment's decision "SSU sak 26/2024". */
export interface CaseReferenceKey {
  communityId: string;
  reference: string;
}

/**
 * Made per request for its caller, filtered by the case policy: a case the caller may not know exists is
 * null, and one whose content they may not read comes without it (`toCase`). Every other feature that
 * shows a case (the agenda, the notice, the public calendar, a reference in another record) loads it here.
 */
export function createCaseLoaders(repositories: Repositories, caller: Caller) {
  const visible = (rows: Awaited<ReturnType<typeof repositories.cases.readByIds>>) =>
    rows.filter((row) => mayReadCase(caller, row)).map((row) => toCase(caller, row));
  return {
    caseById: new DataLoader<string, Case | null>(async (caseIds) => {
      const found = new Map(visible(await repositories.cases.readByIds(caseIds)).map((found) => [found.id, found]));
      return caseIds.map((id) => found.get(id) ?? null);
    }),
    /** A case's attachments, each with its name and download path only when the caller may read the file. */
    attachmentsByCase: new DataLoader<string, CaseAttachment[]>(async (caseIds) => {
      const parents = new Map((await repositories.cases.readByIds(caseIds)).map((row) => [row.id, row]));
      const rows = await repositories.cases.readAttachmentsOfCases(caseIds);
      return groupByKeys(
        caseIds,
        rows.flatMap((row) => {
          const parent = parents.get(row.caseId);
          if (!parent || !mayReadCase(caller, parent)) return [];
          const readable = mayReadAttachmentContent(caller, parent, row);
          return [
            Object.assign(new CaseAttachment(), {
              id: row.id,
              caseId: row.caseId,
              position: row.position,
              fileName: readable ? row.fileName : null,
              contentType: row.contentType,
              sizeBytes: row.sizeBytes,
              access: row.access,
              exemptionBasis: row.exemptionBasis,
              downloadPath: readable ? attachmentDownloadPath(row.id) : null,
            }),
          ];
        }),
        (attachment) => attachment.caseId,
      );
    }),
    /** The ids of the cases a case lists among its papers, in order (each then read through caseById). */
    linkedCaseIdsByCase: new DataLoader<string, string[]>(async (caseIds) =>
      groupByKeys(caseIds, await repositories.cases.readLinksOfCases(caseIds), (link) => link.caseId).map((links) =>
        links.map((link) => link.linkedCaseId),
      ),
    ),
    /** The one case a free-text reference names in its community; null when none (or several) match, or the caller may not see it. */
    caseByReference: new DataLoader<CaseReferenceKey, Case | null, string>(
      async (keys) => {
        const rows = await repositories.cases.readByReferences(keys);
        return keys.map((key) => {
          const matches = rows.filter((row) => row.communityId === key.communityId && row.askedReference === key.reference);
          const [only] = matches;
          return matches.length === 1 && only && mayReadCase(caller, only) ? toCase(caller, only) : null;
        });
      },
      { cacheKeyFn: (key) => `${key.communityId}|${key.reference}` },
    ),
  };
}

/** Where a file is downloaded (case-attachment.router.ts). */
export function attachmentDownloadPath(attachmentId: string): string {
  return `/api/case-attachments/${attachmentId}`;
}

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;
