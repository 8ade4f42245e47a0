export interface AllocationLineFigures {
  population: number;
  fixedPart: number;
  perCapitaPart: number;
  amount: number;
}

export function allocationTotals(lines: readonly AllocationLineFigures[]): AllocationLineFigures {
  return lines.reduce(
    (sum, line) => ({
      population: sum.population + line.population,
      fixedPart: sum.fixedPart + line.fixedPart,
      perCapitaPart: sum.perCapitaPart + line.perCapitaPart,
      amount: sum.amount + line.amount,
    }),
    { population: 0, fixedPart: 0, perCapitaPart: 0, amount: 0 },
  );
}

export function sortByMunicipalityNumber<T extends { municipalityNumber: string }>(lines: readonly T[]): T[] {
  return [...lines].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber));
}
