import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock.js';
import { createRepositories, transactionRunner, type Repositories } from './database/repositories.js';
import { ActionPlanService } from './modules/action-plan/action-plan.service.js';
import { PlanAuthoringService } from './modules/action-plan/plan-authoring.service.js';
import { ApiTokenService } from './modules/api-token/api-token.service.js';
import { AppointmentService } from './modules/appointment/appointment.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService, type AuthSettings } from './modules/auth/auth.service.js';
import { PasswordAttempts } from './modules/auth/password-attempts.js';
import { PasswordLinkService, type PasswordLinkSettings } from './modules/auth/password-link.service.js';
import { UserService } from './modules/auth/user.service.js';
import { CaseService } from './modules/case/case.service.js';
import { CommunityService } from './modules/community/community.service.js';
import { CostSharingService } from './modules/cost-sharing/cost-sharing.service.js';
import { DecisionService } from './modules/decision/decision.service.js';
import { FollowUpService } from './modules/follow-up/follow-up.service.js';
import { AgendaService } from './modules/meeting/agenda.service.js';
import { MeetingService } from './modules/meeting/meeting.service.js';
import { OrganService } from './modules/organ/organ.service.js';
import { MeetingNoticeService } from './modules/meeting-notice/meeting-notice.service.js';
import { MinutesService } from './modules/minutes/minutes.service.js';
import { PartnerService } from './modules/partner/partner.service.js';
import { PublicCalendarService } from './modules/public-calendar/public-calendar.service.js';
import { PopulationImportService } from './modules/population-import/population-import.service.js';
import { RegionalCouncilService } from './modules/regional-council/regional-council.service.js';
import { ReportsRepository } from './modules/reports/reports.repository.js';
import { ReportsService } from './modules/reports/reports.service.js';

/** Links in e-mails point to the default local address unless the configuration says otherwise. */
const DEFAULT_PASSWORD_LINKS: PasswordLinkSettings = {
  publicUrl: 'http://localhost:4000',
  invitationTtlMs: 72 * 60 * 60_000,
  passwordResetTtlMs: 60 * 60_000,
};

/**
 * Composition root: every service built once, explicitly, with the run's one clock. The reports read
 * through `readDataSource` (DATABASE_READ_URL's read-only connection) when there is one.
 */
export function createServices(
  dataSource: DataSource,
  authSettings: AuthSettings & Partial<PasswordLinkSettings>,
  clock: Clock,
  readDataSource: DataSource = dataSource,
) {
  const repositories = createRepositories(dataSource.manager);
  const inTransaction = transactionRunner(dataSource);
  const attempts = new PasswordAttempts(repositories.passwordAttempts, authSettings.throttleBaseDelayMs);
  const auth = new AuthService(repositories, inTransaction, attempts, authSettings);
  const passwordLinks = new PasswordLinkService(repositories, inTransaction, attempts, auth, {
    publicUrl: authSettings.publicUrl ?? DEFAULT_PASSWORD_LINKS.publicUrl,
    invitationTtlMs: authSettings.invitationTtlMs ?? DEFAULT_PASSWORD_LINKS.invitationTtlMs,
    passwordResetTtlMs: authSettings.passwordResetTtlMs ?? DEFAULT_PASSWORD_LINKS.passwordResetTtlMs,
  });
  const agenda = new AgendaService(inTransaction, clock);
  return {
    repositories,
    clock,
    auth,
    passwordLinks,
    apiTokens: new ApiTokenService(repositories, inTransaction),
    users: new UserService(repositories, inTransaction, passwordLinks),
    audit: new AuditService(repositories),
    communities: new CommunityService(repositories, inTransaction),
    partners: new PartnerService(inTransaction),
    populationImport: new PopulationImportService(inTransaction),
    regionalCouncils: new RegionalCouncilService(inTransaction),
    organs: new OrganService(inTransaction, clock),
    costSharing: new CostSharingService(repositories, inTransaction),
    appointments: new AppointmentService(repositories, inTransaction, clock),
    actionPlans: new ActionPlanService(repositories, inTransaction, clock),
    planAuthoring: new PlanAuthoringService(repositories, inTransaction, clock),
    meetings: new MeetingService(inTransaction, clock),

    cases: new CaseService(repositories, inTransaction, clock),
    meetingNotices: new MeetingNoticeService(repositories, inTransaction, clock),
    minutes: new MinutesService(repositories, inTransaction, clock),
    publicCalendar: new PublicCalendarService(repositories, clock),
    reports: new ReportsService(new ReportsRepository(readDataSource.manager), clock),
    agenda,
    decisions: new DecisionService(repositories, inTransaction, clock, agenda),
    followUps: new FollowUpService(repositories, inTransaction, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Repositories };
