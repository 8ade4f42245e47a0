import type { DataSource } from 'typeorm';
import { createRepositories, transactionRunner, type Repositories } from './database/repositories.js';
import { CommunityService } from './modules/community/community.service.js';
import { CostSharingService } from './modules/cost-sharing/cost-sharing.service.js';
import { OrganService } from './modules/organ/organ.service.js';
import { PartnerService } from './modules/partner/partner.service.js';
import { RegionalCouncilService } from './modules/regional-council/regional-council.service.js';

/** Composition root: every service built once, explicitly. */
export function createServices(dataSource: DataSource) {
  const repositories = createRepositories(dataSource.manager);
  const inTransaction = transactionRunner(dataSource);
  return {
    repositories,
    communities: new CommunityService(repositories),
    partners: new PartnerService(repositories),
    regionalCouncils: new RegionalCouncilService(repositories, inTransaction),
    organs: new OrganService(repositories),
    costSharing: new CostSharingService(repositories, inTransaction),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Repositories };
