import type { Repositories } from './database/repositories.js';
import type { Caller } from './modules/auth/caller.js';
import { createActionPlanLoaders } from './modules/action-plan/action-plan.loaders.js';
import { createAuditLoaders } from './modules/audit/audit.loaders.js';
import { createAppointmentLoaders } from './modules/appointment/appointment.loaders.js';
import { createCaseLoaders } from './modules/case/case.loaders.js';
import { createCostSharingLoaders } from './modules/cost-sharing/cost-sharing.loaders.js';
import { createDecisionLoaders } from './modules/decision/decision.loaders.js';
import { createMeetingLoaders } from './modules/meeting/meeting.loaders.js';
import { createMinutesLoaders } from './modules/minutes/minutes.loaders.js';
import { createOrganLoaders } from './modules/organ/organ.loaders.js';
import { createPartnerLoaders } from './modules/partner/partner.loaders.js';
import { createRegionalCouncilLoaders } from './modules/regional-council/regional-council.loaders.js';

/**
 * Every DataLoader, new for each request and made for its caller: nothing is cached across callers,
 * and a loader of data that is not public answers with what the feature's policy lets the caller see.
 */
export function createLoaders(repositories: Repositories, caller: Caller) {
  return {
    ...createPartnerLoaders(repositories),
    ...createRegionalCouncilLoaders(repositories),
    ...createOrganLoaders(repositories),
    ...createCostSharingLoaders(repositories),
    ...createAppointmentLoaders(repositories, caller),
    ...createActionPlanLoaders(repositories, caller),
    ...createAuditLoaders(repositories),
    ...createMeetingLoaders(repositories),
    ...createMinutesLoaders(repositories),
    ...createCaseLoaders(repositories, caller),
    ...createDecisionLoaders(repositories),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
