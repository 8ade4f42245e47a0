import { createHash } from 'node:crypto';
import type { PopulationRow } from '../partner/partner.repository.js';
import type { ParsedPopulationFile, PopulationLineProblem } from './ssb-population-csv.js';

export interface ImportMunicipality {
  id: string;
  name: string;
  municipalityNumber: string;
}

/** One figure of the file for a partner of the community: what the register holds now and what the file says. */
export interface PopulationChange {
  line: number;
  partnerId: string;
  partnerName: string;
  municipalityNumber: string;
  year: number;
  before: number | null;
  after: number;
}

export interface PopulationImportPlan {
  /** Names the file and the figures it was compared with: apply refuses when either has changed since. */
  hash: string;
  changes: PopulationChange[];
  problems: PopulationLineProblem[];
}

/**
 * Matches the file's lines to the community's municipalities by number and to the figures recorded
 * now. A municipality that is not a partner, and a second line for the same municipality and year,
 * are problems of their line; the first line of a pair counts.
 */
export function planPopulationImport(
  text: string,
  file: ParsedPopulationFile,
  municipalities: readonly ImportMunicipality[],
  current: readonly PopulationRow[],
): PopulationImportPlan {
  const byNumber = new Map(municipalities.map((municipality) => [municipality.municipalityNumber, municipality]));
  const recorded = new Map(current.map((row) => [`${row.partnerId}/${row.year}`, row.population]));
  const seen = new Set<string>();
  const changes: PopulationChange[] = [];
  const problems = [...file.problems];
  for (const line of file.lines) {
    const municipality = byNumber.get(line.municipalityNumber);
    if (!municipality) {
      problems.push({ line: line.line, reason: 'NOT_A_PARTNER', text: line.municipalityNumber });
      continue;
    }
    const key = `${municipality.id}/${line.year}`;
    if (seen.has(key)) {
      problems.push({ line: line.line, reason: 'DUPLICATE', text: `${line.municipalityNumber} ${line.year}` });
      continue;
    }
    seen.add(key);
    changes.push({
      line: line.line,
      partnerId: municipality.id,
      partnerName: municipality.name,
      municipalityNumber: municipality.municipalityNumber,
      year: line.year,
      before: recorded.get(key) ?? null,
      after: line.population,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  const hash = createHash('sha256')
    .update(text)
    .update(JSON.stringify(changes.map((change) => [change.partnerId, change.year, change.before])))
    .digest('hex');
  return { hash, changes, problems };
}
