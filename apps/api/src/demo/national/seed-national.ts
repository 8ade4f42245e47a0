import type { DataSource } from 'typeorm';
import { fixedClock } from '../../common/clock.js';
import type { Logger } from '../../logging/logger.js';
import { createServices, type Services } from '../../services.js';
import { seedBudgets } from './budgets.js';
import { seedCases } from './cases.js';
import { seedComposition } from './composition.js';
import { seedHistory } from './history.js';
import { seedMeetings } from './meetings.js';
import { NATIONAL_SCALE, PLATFORM_CALLER, secretariatCaller, type CommunitySeeding, type NationalScale } from './national-scale.js';
import { seedPlan } from './plan.js';
import { municipalityCounts } from './populations.js';
import { seedRegister } from './register.js';
import { seedReports } from './reports.js';
import { NationalDataIncompleteError } from './incomplete-error.js';
import { countNationalData, type NationalSummary } from './summary.js';
import { regionNames } from './synthetic-names.js';

export { NATIONAL_SCALE, type NationalScale, type NationalSummary };

/**
 * Communities seeded at once. Each community's work is a chain of service calls that take turns only
 * within the community (the appointment rules lock per organ), so communities can run side by side;
 * more than a few only queue for the pool's connections and the machine's cores.
 */
const CONCURRENT_COMMUNITIES = 4;

/** Sessions and sign-in throttling play no part in seeding. */
const AUTH_SETTINGS = { sessionTtlMs: 60_000, throttleBaseDelayMs: 0 };

/**
 * Loads the national data set (NATIONAL_SCALE: Norway's 19 health communities) through the services,
 * so every rule and the audit hold, with dates relative to `today`. A community that already exists
 * (by name) is left as it is, so a second run adds nothing.
 */
export async function seedNationalData(
  dataSource: DataSource,
  logger: Logger,
  options: { today: string; scale?: Partial<NationalScale> },
): Promise<NationalSummary> {
  const scale = { ...NATIONAL_SCALE, ...options.scale };
  for (const [key, value] of Object.entries(scale)) {
    if (!Number.isInteger(value) || value < (key === 'statusYears' ? 0 : 1))
      throw new Error(`national scale: ${key} must be a whole number of at least ${key === 'statusYears' ? 0 : 1}, not ${value}`);
  }
  const servicesByDate = new Map<string, Services>();
  const servicesOn = (date: string): Services => {
    const existing = servicesByDate.get(date);
    if (existing) return existing;
    const services = createServices(dataSource, AUTH_SETTINGS, fixedClock(date));
    servicesByDate.set(date, services);
    return services;
  };
  const services = servicesOn(options.today);

  const counts = municipalityCounts(scale.communities, scale.municipalitiesPerCommunity);
  const existing = new Map((await services.communities.list()).map((community) => [community.name, community]));
  const communityIds: string[] = [];
  const toSeed: { index: number; municipalityOffset: number }[] = [];
  let municipalityOffset = 0;
  for (let index = 0; index < scale.communities; index += 1) {
    const found = existing.get(regionNames(index).communityName);
    if (found) {
      // Budgets come last: a community without them was cut short, and adding to it would hide that.
      if ((await services.repositories.coordinatorBudgets.readByCommunityIds([found.id])).length === 0)
        throw new NationalDataIncompleteError(
          `${found.name} was left incomplete by an interrupted run: delete it (or use a fresh database) and seed again.`,
        );
      communityIds.push(found.id);
    } else {
      toSeed.push({ index, municipalityOffset });
    }
    municipalityOffset += counts[index] ?? 0;
  }

  const started = performance.now();
  let next = 0;
  const worker = async () => {
    for (let task = toSeed[next++]; task; task = toSeed[next++]) {
      const names = regionNames(task.index);
      const community = await services.communities.create(PLATFORM_CALLER, { name: names.communityName, shortName: names.shortName });
      communityIds.push(community.id);
      const seeding: CommunitySeeding = {
        services,
        caller: secretariatCaller(community.id),
        communityId: community.id,
        index: task.index,
        names,
        scale,
        today: options.today,
        servicesOn,
      };
      const register = await seedRegister(seeding, task.municipalityOffset);
      await seedComposition(seeding, register);
      // Before the plan: the audit log's newest events (what the bench's AuditEvents reads) stay the plan's, reports' and budgets'.
      await seedCases(seeding, register);
      await seedHistory(dataSource.manager, seeding, register);
      await seedMeetings(seeding, register);
      const plan = await seedPlan(seeding, register);
      await seedReports(seeding, plan);
      await seedBudgets(seeding);
      logger.info({ community: names.communityName }, 'national data set: community seeded');
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_COMMUNITIES, toSeed.length) }, worker));

  const summary: NationalSummary = {
    created: toSeed.length,
    skipped: scale.communities - toSeed.length,
    ...(await countNationalData(dataSource, communityIds)),
    sample: await sampleIds(services, regionNames(0).communityName),
  };
  logger.info(
    { ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 },
    toSeed.length === 0 ? 'national data set: already complete, nothing added' : 'national data set loaded',
  );
  return summary;
}

async function sampleIds(services: Services, communityName: string): Promise<NationalSummary['sample']> {
  const { repositories } = services;
  const community = await repositories.communities.findByName(communityName);
  const ssu = community ? await repositories.organs.findByName(community.id, 'Strategisk samarbeidsutvalg (SSU)') : null;
  const [plan] = community ? await repositories.actionPlans.readPlansOfCommunities([community.id]) : [];
  if (!community || !ssu || !plan) throw new Error(`the national data set's first community (${communityName}) is missing its SSU or plan`);
  return { communityId: community.id, ssuOrganId: ssu.id, planId: plan.id };
}
