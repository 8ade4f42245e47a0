import { earlierOf, lastDayOfYear, yearOf } from '@helsefellesskap/calendar';
import type { SavedPlanTree } from '../save-plan-tree.js';
import type { CommunitySeeding } from './national-scale.js';

/**
 * A frozen status report for every full year of the plan before this one, as the secretariat makes
 * them: the commentary of each focus area written and the report frozen in February of the year after,
 * attached to an SSU case. Through the action plan service on a clock standing on that day, so the
 * report is judged on 31 December and stamped as frozen in February (or today, if that is earlier).
 */
export async function seedReports(seeding: CommunitySeeding, saved: SavedPlanTree): Promise<void> {
  const { caller, servicesOn, today } = seeding;
  const { plan } = saved;
  for (let year = plan.periodFrom; year < yearOf(today); year += 1) {
    // In February, or today when February has not come yet: a report is never frozen in the future.
    const services = servicesOn(earlierOf(`${year + 1}-02-15`, today));
    const yearEnd = lastDayOfYear(year);
    for (const { focusArea, measures } of saved.focusAreas) {
      const running = measures.filter((measure) => (measure.startsOn ?? '') <= yearEnd && (measure.endsOn ?? yearEnd) >= yearEnd).length;
      const finished = measures.filter((measure) => (measure.endsOn ?? yearEnd) < yearEnd).length;
      const commentary =
        `${running} tiltak i gang ved utgangen av ${year}` +
        (finished > 0 ? `, ${finished} gjennomført. ` : '. ') +
        (focusArea.responsibleOrganId ? 'Faglig samarbeidsutvalg følger opp og rapporterer til SSU.' : 'SSU følger opp direkte.');
      await services.actionPlans.setCommentary(caller, plan.id, year, focusArea.number, commentary, 0);
    }
    await services.actionPlans.freeze(caller, plan.id, {
      planId: plan.id,
      year,
      caseReference: `SSU sak ${String(3 + (year % 5)).padStart(2, '0')}/${year + 1}`,
    });
  }
}
