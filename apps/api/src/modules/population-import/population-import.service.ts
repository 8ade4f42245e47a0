import { badUserInput, conflict, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import type { Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { planPopulationImport, type PopulationImportPlan } from './population-import.js';
import { parseSsbPopulationCsv } from './ssb-population-csv.js';

export interface PopulationImportResult {
  written: number;
  unchanged: number;
  skippedLines: number;
}

/** Populations from a CSV file as Statistics Norway publishes it: a preview that writes nothing, then apply. */
export class PopulationImportService {
  constructor(private readonly inTransaction: InTransaction) {}

  preview(caller: Caller, communityId: string, csv: string): Promise<PopulationImportPlan> {
    return this.inTransaction((repositories) => plan(repositories, caller, communityId, csv));
  }

  /** Writes every changed figure and one audit event, all or nothing; refuses when the preview is stale. */
  apply(caller: Caller, communityId: string, csv: string, hash: string): Promise<PopulationImportResult> {
    return this.inTransaction(async (repositories) => {
      const current = await plan(repositories, caller, communityId, csv);
      if (current.hash !== hash) {
        throw conflict(
          'POPULATION_IMPORT_CHANGED',
          {},
          'The file or the recorded figures have changed since the preview; preview the file again.',
          'hash',
        );
      }
      const changed = current.changes.filter((change) => change.before !== change.after);
      await repositories.partners.savePopulations(
        changed.map((change) => ({ partnerId: change.partnerId, year: change.year, population: change.after })),
      );
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'PopulationImport',
        entityId: hash,
        communityId,
        before: {
          figures: changed.map(({ partnerId, partnerName, year, before }) => ({ partnerId, partnerName, year, population: before })),
        },
        after: {
          figures: changed.map(({ partnerId, partnerName, year, after }) => ({ partnerId, partnerName, year, population: after })),
          skippedLines: current.problems.map(({ line, reason }) => ({ line, reason })),
        },
      });
      return {
        written: changed.length,
        unchanged: current.changes.length - changed.length,
        skippedLines: new Set(current.problems.map((problem) => problem.line)).size,
      };
    });
  }
}

async function plan(repositories: Repositories, caller: Caller, communityId: string, csv: string): Promise<PopulationImportPlan> {
  if (!(await repositories.communities.findById(communityId))) throw notFound('community', communityId);
  authorize(caller, 'community:administer', communityId);
  const file = parseSsbPopulationCsv(csv);
  if (!file.headerFound) {
    throw badUserInput('csv', 'POPULATION_FILE_HEADER_MISSING', {}, 'found no header row starting with "region"');
  }
  const municipalities = await repositories.partners.lockMunicipalities(communityId);
  const figures = await repositories.partners.readPopulations(municipalities.map((municipality) => municipality.id));
  return planPopulationImport(csv, file, municipalities, figures);
}
