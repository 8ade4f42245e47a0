/**
 * Cost sharing of the inter-municipal coordinator (seed 002, Vedlegg 2): a fixed share of the
 * municipal share in equal parts among the participating municipalities, the rest by population.
 * Exact rational arithmetic in BigInt, then whole kroner by the largest-remainder method, so the
 * lines always add up to the municipal share.
 */

import { MAX_POPULATION } from '../partner/partner.rules.js';

export const PARTS_PER_MILLION = 1_000_000;

/**
 * The largest amount of money the product keeps in one figure, in whole kroner: a thousand billion, far
 * beyond any budget, yet a hundred of them still add up exactly in a JavaScript number (below 2^53).
 */
export const MAX_KRONER = 1_000_000_000_000;

export interface AllocationMunicipality {
  municipalityNumber: string;
  name: string | null;
  /** Population per 1 January of the year before the budget year; 0 means not participating. */
  population: number;
}

export interface AllocationInput {
  /** Whole kroner to split among the municipalities. */
  municipalShare: number;
  /** The share split in equal parts, in parts per million (200 000 = 20 %). */
  fixedSharePpm: number;
  municipalities: readonly AllocationMunicipality[];
}

export interface AllocationLine {
  municipalityNumber: string;
  name: string | null;
  population: number;
  /** The equal part, rounded to whole kroner for display. */
  fixedPart: number;
  /** The population part, rounded to whole kroner for display. */
  perCapitaPart: number;
  /** What the municipality pays: whole kroner, the lines sum to the municipal share exactly. */
  amount: number;
}

export interface Allocation {
  municipalShare: number;
  fixedSharePpm: number;
  totalPopulation: number;
  lines: AllocationLine[];
}

/** One reason the input cannot be allocated: the field, an English message, and the reason the UI translates. */
export type AllocationProblem = { field: string; message: string } & (
  | { reason: 'OUT_OF_RANGE'; params: { min: number; max: number } }
  | { reason: 'MUNICIPALITY_NUMBER_INVALID' | 'MUNICIPALITY_LISTED_TWICE'; params: { municipalityNumber: string } }
  | { reason: 'NO_MUNICIPALITIES' | 'NO_PARTICIPATING_MUNICIPALITY'; params: Record<string, never> }
);

/** Every reason the input cannot be allocated, each naming its field; empty when it can. */
export function findAllocationProblems(input: AllocationInput): AllocationProblem[] {
  const problems: AllocationProblem[] = [];
  if (!Number.isSafeInteger(input.municipalShare) || input.municipalShare < 0 || input.municipalShare > MAX_KRONER) {
    problems.push({
      field: 'municipalShare',
      message: `must be a whole number of kroner from 0 to ${MAX_KRONER}`,
      reason: 'OUT_OF_RANGE',
      params: { min: 0, max: MAX_KRONER },
    });
  }
  if (!Number.isInteger(input.fixedSharePpm) || input.fixedSharePpm < 0 || input.fixedSharePpm > PARTS_PER_MILLION) {
    problems.push({ field: 'fixedShareRatio', message: 'must be between 0 and 1', reason: 'OUT_OF_RANGE', params: { min: 0, max: 1 } });
  }
  if (input.municipalities.length === 0) {
    problems.push({ field: 'municipalities', message: 'must list at least one municipality', reason: 'NO_MUNICIPALITIES', params: {} });
  }
  const seen = new Set<string>();
  input.municipalities.forEach((municipality, index) => {
    const field = `municipalities[${index}]`;
    const { municipalityNumber, population } = municipality;
    if (!/^[0-9]{4}$/.test(municipalityNumber)) {
      problems.push({
        field: `${field}.municipalityNumber`,
        message: `must be four digits (got "${municipalityNumber}")`,
        reason: 'MUNICIPALITY_NUMBER_INVALID',
        params: { municipalityNumber },
      });
    } else if (seen.has(municipalityNumber)) {
      problems.push({
        field: `${field}.municipalityNumber`,
        message: `${municipalityNumber} is listed more than once`,
        reason: 'MUNICIPALITY_LISTED_TWICE',
        params: { municipalityNumber },
      });
    }
    seen.add(municipalityNumber);
    if (!Number.isSafeInteger(population) || population < 0 || population > MAX_POPULATION) {
      problems.push({
        field: `${field}.population`,
        message: `must be a whole number from 0 to ${MAX_POPULATION}`,
        reason: 'OUT_OF_RANGE',
        params: { min: 0, max: MAX_POPULATION },
      });
    }
  });
  if (input.municipalities.length > 0 && input.municipalities.every((municipality) => municipality.population <= 0)) {
    problems.push({
      field: 'municipalities',
      message: 'at least one municipality must have a population above zero',
      reason: 'NO_PARTICIPATING_MUNICIPALITY',
      params: {},
    });
  }
  return problems;
}

export class AllocationInputError extends Error {
  constructor(readonly problems: AllocationProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
    this.name = 'AllocationInputError';
  }
}

export function allocateCosts(input: AllocationInput): Allocation {
  const problems = findAllocationProblems(input);
  if (problems.length > 0) throw new AllocationInputError(problems);

  const share = BigInt(input.municipalShare);
  const fixedPpm = BigInt(input.fixedSharePpm);
  const million = BigInt(PARTS_PER_MILLION);
  const participants = input.municipalities.filter((municipality) => municipality.population > 0);
  const count = BigInt(participants.length);
  const totalPopulation = participants.reduce((sum, municipality) => sum + municipality.population, 0);
  const population = BigInt(totalPopulation);

  // amount_i = share * (fixed / count + (1 - fixed) * p_i / P), over one common denominator.
  const denominator = million * count * population;
  const exact = input.municipalities.map((municipality) => {
    if (municipality.population <= 0) return { quotient: 0n, remainder: 0n };
    const numerator = share * (fixedPpm * population + (million - fixedPpm) * count * BigInt(municipality.population));
    return { quotient: numerator / denominator, remainder: numerator % denominator };
  });

  const amounts = exact.map((part) => part.quotient);
  let leftover = share - amounts.reduce((sum, amount) => sum + amount, 0n);
  const byRemainder = exact
    .map((part, index) => ({ index, remainder: part.remainder }))
    .filter((part) => part.remainder > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    amounts[index] = (amounts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }

  const fixedPart = roundHalfUp(share * fixedPpm, million * count);
  return {
    municipalShare: input.municipalShare,
    fixedSharePpm: input.fixedSharePpm,
    totalPopulation,
    lines: input.municipalities.map((municipality, index) => {
      const participates = municipality.population > 0;
      return {
        municipalityNumber: municipality.municipalityNumber,
        name: municipality.name,
        population: municipality.population,
        fixedPart: participates ? fixedPart : 0,
        perCapitaPart: participates ? roundHalfUp(share * (million - fixedPpm) * BigInt(municipality.population), million * population) : 0,
        amount: Number(amounts[index] ?? 0n),
      };
    }),
  };
}

/** Converts a ratio such as 0.2 to parts per million. */
export function ratioToPpm(ratio: number): number {
  return Math.round(ratio * PARTS_PER_MILLION);
}

export function ppmToRatio(ppm: number): number {
  return ppm / PARTS_PER_MILLION;
}

function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}
