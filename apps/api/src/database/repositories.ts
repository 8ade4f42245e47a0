import type { DataSource, EntityManager } from 'typeorm';
import { ActionPlanRepository } from '../modules/action-plan/action-plan.repository.js';
import { PlanAuthoringRepository } from '../modules/action-plan/plan-authoring.repository.js';
import { ApiTokenRepository } from '../modules/api-token/api-token.repository.js';
import { AppointmentRepository } from '../modules/appointment/appointment.repository.js';
import { AuditRepository } from '../modules/audit/audit.repository.js';
import { CaseRepository } from '../modules/case/case.repository.js';
import { PasswordAttemptRepository } from '../modules/auth/password-attempt.repository.js';
import { PasswordLinkRepository } from '../modules/auth/password-link.repository.js';
import { SessionRepository } from '../modules/auth/session.repository.js';
import { UserRepository } from '../modules/auth/user.repository.js';
import { DecisionRepository } from '../modules/decision/decision.repository.js';
import { FollowUpRepository } from '../modules/follow-up/follow-up.repository.js';
import { CommunityRepository } from '../modules/community/community.repository.js';
import { CoordinatorBudgetRepository } from '../modules/cost-sharing/coordinator-budget.repository.js';
import { MailOutboxRepository } from '../modules/mail/mail-outbox.repository.js';
import { AgendaRepository } from '../modules/meeting/agenda.repository.js';
import { MeetingRepository } from '../modules/meeting/meeting.repository.js';
import { MeetingNoticeRepository } from '../modules/meeting-notice/meeting-notice.repository.js';
import { MinutesRepository } from '../modules/minutes/minutes.repository.js';
import { OrganRepository } from '../modules/organ/organ.repository.js';
import { PartnerRepository } from '../modules/partner/partner.repository.js';
import { RegionalCouncilRepository } from '../modules/regional-council/regional-council.repository.js';
import { ReportsRepository } from '../modules/reports/reports.repository.js';

/** Every repository, bound to one entity manager: the data source's, or a transaction's. */
export interface Repositories {
  communities: CommunityRepository;
  partners: PartnerRepository;
  regionalCouncils: RegionalCouncilRepository;
  organs: OrganRepository;
  coordinatorBudgets: CoordinatorBudgetRepository;
  users: UserRepository;
  sessions: SessionRepository;
  passwordAttempts: PasswordAttemptRepository;
  passwordLinks: PasswordLinkRepository;
  mailOutbox: MailOutboxRepository;
  audit: AuditRepository;
  appointments: AppointmentRepository;
  actionPlans: ActionPlanRepository;
  planAuthoring: PlanAuthoringRepository;
  apiTokens: ApiTokenRepository;
  meetings: MeetingRepository;
  agenda: AgendaRepository;
  cases: CaseRepository;
  meetingNotices: MeetingNoticeRepository;
  minutes: MinutesRepository;
  reports: ReportsRepository;
  decisions: DecisionRepository;
  followUps: FollowUpRepository;
}

export function createRepositories(manager: EntityManager): Repositories {
  return {
    communities: new CommunityRepository(manager),
    partners: new PartnerRepository(manager),
    regionalCouncils: new RegionalCouncilRepository(manager),
    organs: new OrganRepository(manager),
    coordinatorBudgets: new CoordinatorBudgetRepository(manager),
    users: new UserRepository(manager),
    sessions: new SessionRepository(manager),
    passwordAttempts: new PasswordAttemptRepository(manager),
    passwordLinks: new PasswordLinkRepository(manager),
    mailOutbox: new MailOutboxRepository(manager),
    audit: new AuditRepository(manager),
    appointments: new AppointmentRepository(manager),
    actionPlans: new ActionPlanRepository(manager),
    planAuthoring: new PlanAuthoringRepository(manager),
    apiTokens: new ApiTokenRepository(manager),
    meetings: new MeetingRepository(manager),
    agenda: new AgendaRepository(manager),
    cases: new CaseRepository(manager),
    meetingNotices: new MeetingNoticeRepository(manager),
    minutes: new MinutesRepository(manager),
    reports: new ReportsRepository(manager),
    decisions: new DecisionRepository(manager),
    followUps: new FollowUpRepository(manager),
  };
}

/** Runs `work` in one transaction: all of its writes land, or none. */
export type InTransaction = <T>(work: (repositories: Repositories) => Promise<T>) => Promise<T>;

export function transactionRunner(dataSource: DataSource): InTransaction {
  return (work) => dataSource.transaction((manager) => work(createRepositories(manager)));
}
