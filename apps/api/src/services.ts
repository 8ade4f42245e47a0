import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock.js';
import { createRepositories, transactionRunner, type Repositories } from './database/repositories.js';
import { ActionPlanService } from './modules/action-plan/action-plan.service.js';
import { AppointmentService } from './modules/appointment/appointment.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService, type AuthSettings } from './modules/auth/auth.service.js';
import { UserService } from './modules/auth/user.service.js';
import { CommunityService } from './modules/community/community.service.js';
import { CostSharingService } from './modules/cost-sharing/cost-sharing.service.js';
import { OrganService } from './modules/organ/organ.service.js';
import { PartnerService } from './modules/partner/partner.service.js';
import { RegionalCouncilService } from './modules/regional-council/regional-council.service.js';

/** Composition root: every service built once, explicitly, with the run's one clock. */
export function createServices(dataSource: DataSource, authSettings: AuthSettings, clock: Clock) {
  const repositories = createRepositories(dataSource.manager);
  const inTransaction = transactionRunner(dataSource);
  return {
    repositories,
    clock,
    auth: new AuthService(repositories, inTransaction, authSettings),
    users: new UserService(repositories, inTransaction),
    audit: new AuditService(repositories),
    communities: new CommunityService(repositories, inTransaction),
    partners: new PartnerService(inTransaction),
    regionalCouncils: new RegionalCouncilService(inTransaction),
    organs: new OrganService(inTransaction),
    costSharing: new CostSharingService(repositories, inTransaction),
    appointments: new AppointmentService(repositories, inTransaction, clock),
    actionPlans: new ActionPlanService(repositories, inTransaction, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Repositories };
