export interface WhatIfFieldIds {
  municipalShare: string;
  fixedSharePercent: string;
  participates: (municipalityNumber: string) => string;
  population: (municipalityNumber: string) => string;
}

/** Element ids of the form's inputs, shared by the inputs and the error summary links. */
export function whatIfFieldIds(prefix: string): WhatIfFieldIds {
  return {
    municipalShare: `${prefix}-municipal-share`,
    fixedSharePercent: `${prefix}-fixed-share`,
    participates: (municipalityNumber) => `${prefix}-participates-${municipalityNumber}`,
    population: (municipalityNumber) => `${prefix}-population-${municipalityNumber}`,
  };
}
