import type { WhatIfFormValues } from './what-if-input';
import { ratioToPercentText } from './what-if-input';
import { sortByMunicipalityNumber } from './allocation-totals';

interface AllocationBasis {
  municipalShare: number;
  fixedShareRatio: number;
  lines: readonly {
    municipalityNumber: string;
    name?: string | null;
    population: number;
    amount: number;
  }[];
}

/**
 * Starts the what-if form from the real allocation. A municipality that pays nothing (a non-partner
 * such as Bindal) starts unticked, since ticking it would give it a share of the fixed part.
 */
export function initialWhatIfValues(allocation: AllocationBasis, decimalSeparator: string): WhatIfFormValues {
  return {
    municipalShare: String(allocation.municipalShare),
    fixedSharePercent: ratioToPercentText(allocation.fixedShareRatio, decimalSeparator),
    municipalities: sortByMunicipalityNumber(allocation.lines).map((line) => ({
      municipalityNumber: line.municipalityNumber,
      name: line.name ?? null,
      participates: line.amount > 0 || line.population > 0,
      population: String(line.population),
    })),
  };
}
