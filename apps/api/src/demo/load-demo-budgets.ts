import { yearOf } from '@helsefellesskap/calendar';
import type { Repositories } from '../database/repositories.js';
import { ratioToPpm } from '../modules/cost-sharing/allocation.js';
import { CoordinatorBudgetEntity } from '../modules/cost-sharing/coordinator-budget.entity.js';
import { demoCommunities } from './demo-data.js';
import { demoMunicipalities } from './demo-municipalities.js';

/**
 * Budgets and populations for several years, so that next year's budget can be made from this year's
 * and allocated: for both demo communities a budget for this year and the three before (dated from the
 * day the demo is loaded), and populations per 1 January for each of those years' allocations and for
 * next year's (1 January of this year).
 *
 * Real figures where the reference data has them (shared/data/municipalities.csv: Helgeland 2022 from
 * seed 002, Lofoten, Vesterålen, Salten's approximations for 2023); other years are derived from them by
 * an invented yearly change per municipality (-0.8 % to +0.4 %). The costs follow seed 002's model of
 * one coordinator position (Vedlegg 2, 2023) with an invented 4 % yearly wage growth. Nothing here
 * overwrites a figure or a budget that exists, so the secretariat's own corrections stay.
 */
export async function loadDemoBudgets(repositories: Repositories, today: string): Promise<void> {
  const thisYear = yearOf(today);
  const budgetYears = [thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
  const populationYears = [...budgetYears.map((year) => year - 1), thisYear];
  for (const demo of demoCommunities) {
    const community = await repositories.communities.findByName(demo.name);
    if (!community) continue;
    await loadPopulations(repositories, community.id, demo.name, populationYears);
    for (const budgetYear of budgetYears) {
      if (await repositories.coordinatorBudgets.findByYear(community.id, budgetYear)) continue;
      const saved = await repositories.coordinatorBudgets.save(
        Object.assign(new CoordinatorBudgetEntity(), {
          communityId: community.id,
          budgetYear,
          stateGrant: DEMO_STATE_GRANT,
          fixedSharePpm: ratioToPpm(0.2),
        }),
      );
      await repositories.coordinatorBudgets.replaceCostLines(saved.id, demoCostLines(budgetYear));
    }
  }
}

/** Seed 002: the state grant subtracted from the cost (504 000 kr, at most about 500 000 a year per community). */
const DEMO_STATE_GRANT = 504_000;

/** Seed 002's cost lines of 2023, the salary grown 4 % a year, pension 21 % of it, employer's tax 5.1 % of both. */
export function demoCostLines(budgetYear: number): { label: string; amount: number }[] {
  const salary = Math.round((900_000 * 1.04 ** (budgetYear - 2023)) / 1000) * 1000;
  const pension = Math.round(salary * 0.21);
  return [
    { label: 'Lønn', amount: salary },
    { label: 'Pensjon', amount: pension },
    { label: 'Arbeidsgiveravgift', amount: Math.round((salary + pension) * 0.051) },
    { label: 'Drift av kontor/stilling', amount: 100_000 },
    { label: 'Reise kommuner', amount: budgetYear > 2023 ? 15_000 : 0 },
  ];
}

/** The population of a year, derived from the reference figure by the municipality's invented yearly change. */
export function demoPopulation(
  municipality: { municipalityNumber: string; population: number; populationYear: number },
  year: number,
): number {
  const yearlyChange = ((Number(municipality.municipalityNumber) % 7) - 4) * 0.002;
  return Math.round(municipality.population * (1 + yearlyChange) ** (year - municipality.populationYear));
}

async function loadPopulations(
  repositories: Repositories,
  communityId: string,
  communityName: string,
  years: readonly number[],
): Promise<void> {
  for (const municipality of demoMunicipalities.filter((candidate) => candidate.community === communityName && candidate.partner)) {
    const partner = await repositories.partners.findByMunicipalityNumber(communityId, municipality.municipalityNumber);
    if (!partner) continue;
    const recorded = new Set((await repositories.partners.readPopulations([partner.id])).map((figure) => figure.year));
    for (const year of years) {
      if (!recorded.has(year)) await repositories.partners.savePopulation(partner.id, year, demoPopulation(municipality, year));
    }
  }
}
