import type { Repositories } from '../database/repositories.js';
import { CommunityEntity } from '../modules/community/community.entity.js';
import { ratioToPpm } from '../modules/cost-sharing/allocation.js';
import { CoordinatorBudgetEntity } from '../modules/cost-sharing/coordinator-budget.entity.js';
import { OrganEntity } from '../modules/organ/organ.entity.js';
import { PartnerEntity } from '../modules/partner/partner.entity.js';
import { RegionalCouncilEntity } from '../modules/regional-council/regional-council.entity.js';
import { loadDemoBudgets } from './load-demo-budgets.js';
import { demoCommunities, type DemoCommunity } from './demo-data.js';
import { demoMunicipalities } from './demo-municipalities.js';

/**
 * Loads the demo data; running it again changes nothing (records are found by their natural keys).
 * What is dated relative to `today` (the day it is loaded) is loaded by the modules called at the end.
 */
export async function loadDemoData(repositories: Repositories, today: string): Promise<void> {
  for (const demo of demoCommunities) await loadCommunity(repositories, demo);
  await loadDemoBudgets(repositories, today);
}

async function loadCommunity(repositories: Repositories, demo: DemoCommunity): Promise<void> {
  const community =
    (await repositories.communities.findByName(demo.name)) ??
    (await repositories.communities.save(Object.assign(new CommunityEntity(), { name: demo.name, shortName: demo.shortName })));

  const existing = await repositories.partners.findByCommunityIds([community.id]);
  if (!existing.some((partner) => partner.kind === 'HOSPITAL_TRUST' && partner.name === demo.hospitalTrust)) {
    await repositories.partners.save(
      Object.assign(new PartnerEntity(), {
        communityId: community.id,
        name: demo.hospitalTrust,
        kind: 'HOSPITAL_TRUST',
        municipalityNumber: null,
        joinedOn: null,
        leftOn: null,
      }),
    );
  }

  // Municipalities in the area that are not partners (Bindal) are left out: they pay nothing and sit nowhere.
  const municipalities = demoMunicipalities.filter((municipality) => municipality.community === demo.name && municipality.partner);
  const partnerIdsByCouncil = new Map<string, string[]>();
  for (const municipality of municipalities) {
    const partner =
      (await repositories.partners.findByMunicipalityNumber(community.id, municipality.municipalityNumber)) ??
      (await repositories.partners.save(
        Object.assign(new PartnerEntity(), {
          communityId: community.id,
          name: municipality.name,
          kind: 'MUNICIPALITY',
          municipalityNumber: municipality.municipalityNumber,
          joinedOn: null,
          leftOn: null,
        }),
      ));
    await repositories.partners.savePopulation(partner.id, municipality.populationYear, municipality.population);
    partnerIdsByCouncil.set(municipality.regionalCouncil, [...(partnerIdsByCouncil.get(municipality.regionalCouncil) ?? []), partner.id]);
  }

  for (const [name, partnerIds] of partnerIdsByCouncil) {
    const council =
      (await repositories.regionalCouncils.findByName(community.id, name)) ??
      (await repositories.regionalCouncils.save(Object.assign(new RegionalCouncilEntity(), { communityId: community.id, name })));
    await repositories.regionalCouncils.addMembersIfFree(council.id, partnerIds);
  }

  for (const organ of demo.organs) {
    if (!(await repositories.organs.findByName(community.id, organ.name))) {
      await repositories.organs.save(Object.assign(new OrganEntity(), { communityId: community.id, ...organ }));
    }
  }

  const budget = demo.coordinatorBudget;
  if (budget && !(await repositories.coordinatorBudgets.findByYear(community.id, budget.budgetYear))) {
    const saved = await repositories.coordinatorBudgets.save(
      Object.assign(new CoordinatorBudgetEntity(), {
        communityId: community.id,
        budgetYear: budget.budgetYear,
        stateGrant: budget.stateGrant,
        fixedSharePpm: ratioToPpm(budget.fixedShareRatio),
      }),
    );
    await repositories.coordinatorBudgets.replaceCostLines(saved.id, budget.costLines);
  }
}
