import type { Caller } from '../auth/caller.js';
import { mayReadCaseContent, visibleCaseTitle } from './case.policy.js';
import type { CaseRow } from './case.repository.js';
import { Case } from './case.type.js';

/**
 * A stored case as the caller may see it: the title only for those who read the content (an exempt
 * case's public title for the others), and the content itself left out. Every path that answers a case
 * goes through here, so nothing exempt reaches a caller the policy does not let read it.
 */
export function toCase(caller: Caller, row: CaseRow): Case {
  const contentVisible = mayReadCaseContent(caller, row);
  return Object.assign(new Case(), {
    id: row.id,
    communityId: row.communityId,
    organId: row.organId,
    number: row.number,
    year: row.year,
    reference: row.reference,
    title: visibleCaseTitle(caller, row),
    kind: row.kind,
    status: row.status,
    access: row.access,
    exemptionBasis: row.exemptionBasis,
    publicTitle: row.publicTitle,
    submittedOn: row.submittedOn,
    archiveReference: row.archiveReference,
    caseworkers: row.caseworkers,
    documentDate: row.documentDate,
    contentVisible,
    version: row.version,
    row: contentVisible ? row : null,
  });
}
