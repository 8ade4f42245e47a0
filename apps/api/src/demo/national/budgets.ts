import { yearOf } from '@helsefellesskap/calendar';
import type { CommunitySeeding } from './national-scale.js';
import { fraction } from './variation.js';

/**
 * The coordinator's budget of last year, this year and next (each split by the population of 1 January
 * of the year before, which the register holds), through the cost sharing service. Salaries grow by
 * about four percent a year; the state grant covers a part that differs between communities.
 */
export async function seedBudgets(seeding: CommunitySeeding): Promise<void> {
  const { services, caller, communityId, index, today } = seeding;
  const thisYear = yearOf(today);
  for (let budgetYear = thisYear - 1; budgetYear <= thisYear + 1; budgetYear += 1) {
    const growth = 1.04 ** (budgetYear - thisYear);
    const salary = Math.round((850_000 + fraction(index, 1) * 250_000) * growth);
    await services.costSharing.saveBudget(caller, communityId, {
      communityId,
      budgetYear,
      stateGrant: Math.round((400_000 + fraction(index, 2) * 200_000) * growth),
      fixedShareRatio: 0.2,
      costLines: [
        { label: 'Lønn', amount: salary },
        { label: 'Pensjon', amount: Math.round(salary * 0.21) },
        { label: 'Arbeidsgiveravgift', amount: Math.round(salary * 0.141) },
        { label: 'Drift av kontor/stilling', amount: 100_000 },
        { label: 'Reise kommuner', amount: Math.round(20_000 + fraction(index, 3) * 60_000) },
      ],
    });
  }
}
