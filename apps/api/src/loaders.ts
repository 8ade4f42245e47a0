import type { Repositories } from './database/repositories.js';
import { createActionPlanLoaders } from './modules/action-plan/action-plan.loaders.js';
import { createAppointmentLoaders } from './modules/appointment/appointment.loaders.js';
import { createCostSharingLoaders } from './modules/cost-sharing/cost-sharing.loaders.js';
import { createOrganLoaders } from './modules/organ/organ.loaders.js';
import { createPartnerLoaders } from './modules/partner/partner.loaders.js';
import { createRegionalCouncilLoaders } from './modules/regional-council/regional-council.loaders.js';

/** Every DataLoader, new for each request so nothing is cached across callers. */
export function createLoaders(repositories: Repositories) {
  return {
    ...createPartnerLoaders(repositories),
    ...createRegionalCouncilLoaders(repositories),
    ...createOrganLoaders(repositories),
    ...createCostSharingLoaders(repositories),
    ...createAppointmentLoaders(repositories),
    ...createActionPlanLoaders(repositories),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
