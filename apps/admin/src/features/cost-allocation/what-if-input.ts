import type { CostAllocationWhatIfInput } from '../../gql/graphql';

/** GraphQL `Int` is a signed 32-bit integer. */
const maxGraphQLInt = 2_147_483_647;

/** Reads a whole number typed the Norwegian way ("740 539") or plainly ("740539"). */
export function parseWholeNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(compact)) return undefined;
  const value = Number(compact);
  return value <= maxGraphQLInt ? value : undefined;
}

/** Reads a percentage from 0 to 100, with a decimal comma or point and an optional "%". */
export function parsePercent(text: string): number | undefined {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(compact)) return undefined;
  const value = Number(compact);
  return value >= 0 && value <= 100 ? value : undefined;
}

/** Shows a ratio (0.2) as the percentage a user would type ("20"). */
export function ratioToPercentText(ratio: number, decimalSeparator: string): string {
  const percent = Math.round(ratio * 100 * 1e6) / 1e6;
  return String(percent).replace('.', decimalSeparator);
}

export interface WhatIfMunicipalityRow {
  municipalityNumber: string;
  name: string | null;
  participates: boolean;
  population: string;
}

export interface WhatIfFormValues {
  municipalShare: string;
  fixedSharePercent: string;
  municipalities: WhatIfMunicipalityRow[];
}

export type WhatIfFieldError = 'wholeNumber' | 'percent' | 'noMunicipalities';

export interface WhatIfErrors {
  municipalShare?: WhatIfFieldError;
  fixedSharePercent?: WhatIfFieldError;
  municipalities?: WhatIfFieldError;
  /** Keyed by municipality number. */
  populations: Record<string, WhatIfFieldError>;
}

export type WhatIfParseResult = { ok: true; input: CostAllocationWhatIfInput } | { ok: false; errors: WhatIfErrors };

export function buildWhatIfInput(values: WhatIfFormValues): WhatIfParseResult {
  const errors: WhatIfErrors = { populations: {} };
  const municipalShare = parseWholeNumber(values.municipalShare);
  if (municipalShare === undefined) errors.municipalShare = 'wholeNumber';
  const percent = parsePercent(values.fixedSharePercent);
  if (percent === undefined) errors.fixedSharePercent = 'percent';

  const municipalities: CostAllocationWhatIfInput['municipalities'] = [];
  for (const row of values.municipalities) {
    if (!row.participates) continue;
    const population = parseWholeNumber(row.population);
    if (population === undefined) {
      errors.populations[row.municipalityNumber] = 'wholeNumber';
      continue;
    }
    municipalities.push({
      municipalityNumber: row.municipalityNumber,
      name: row.name,
      population,
    });
  }
  if (!values.municipalities.some((row) => row.participates)) {
    errors.municipalities = 'noMunicipalities';
  }

  const hasErrors =
    errors.municipalShare !== undefined ||
    errors.fixedSharePercent !== undefined ||
    errors.municipalities !== undefined ||
    Object.keys(errors.populations).length > 0;
  if (hasErrors || municipalShare === undefined || percent === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      municipalShare,
      // Rounded so that 20 % is sent as 0.2, not 0.20000000000000001.
      fixedShareRatio: Math.round(percent * 1e6) / 1e8,
      municipalities,
    },
  };
}
