import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActionPlanResolver, CommunityActionPlansResolver, MeasureResolver } from './modules/action-plan/action-plan.resolver.js';
import { CommunityPlanAuthoringResolver, PlanAuthoringResolver } from './modules/action-plan/plan-authoring.resolver.js';
import {
  AppointmentResolver,
  OrganCompositionResolver,
  PersonResolver,
  RegionalCouncilSeatsResolver,
  SeatResolver,
} from './modules/appointment/appointment.resolver.js';
import { ApiTokenResolver } from './modules/api-token/api-token.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import {
  ActionPlanCaseResolver,
  AppointmentDecisionCaseResolver,
  StatusReportCaseResolver,
} from './modules/case/case-reference.resolver.js';
import { CaseContentResolver, CaseResolver } from './modules/case/case.resolver.js';
import { withPlainFieldsRead } from './http/plain-fields.js';
import { assertEveryOperationDeclaresAccess, authChecker } from './modules/auth/access.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { PasswordLinkResolver } from './modules/auth/password-link.resolver.js';
import { UserResolver } from './modules/auth/user.resolver.js';
import { CommunityResolver } from './modules/community/community.resolver.js';
import { CommunityBudgetAccessResolver, CostSharingResolver } from './modules/cost-sharing/cost-sharing.resolver.js';
import { AgendaItemResolver, MeetingPlanResolver, MeetingResolver, OrganMeetingsResolver } from './modules/meeting/meeting.resolver.js';
import {
  AgendaItemDecisionResolver,
  CaseDecisionsResolver,
  DecisionMutationResolver,
  DecisionResolver,
  MeetingDecisionsResolver,
} from './modules/decision/decision.resolver.js';
import { CommunityFollowUpResolver, FollowUpResolver } from './modules/follow-up/follow-up.resolver.js';
import { OrganResolver } from './modules/organ/organ.resolver.js';
import { MeetingNoticeResolver } from './modules/meeting-notice/meeting-notice.resolver.js';
import { MeetingMinutesResolver, MinutesResolver } from './modules/minutes/minutes.resolver.js';
import { PartnerResolver } from './modules/partner/partner.resolver.js';
import { PublicCalendarResolver } from './modules/public-calendar/public-calendar.resolver.js';
import { PopulationImportResolver } from './modules/population-import/population-import.resolver.js';
import { RegionalCouncilResolver } from './modules/regional-council/regional-council.resolver.js';
import {
  ActionPlanProgressReportResolver,
  MeReportsResolver,
  ReportsResolver,
  RepresentationReportResolver,
  CostSharingReportResolver,
  CasesMeetingsReportResolver,
  FollowUpReportResolver,
} from './modules/reports/reports.resolver.js';

export const resolvers = [
  CalendarResolver,
  AuthResolver,
  PasswordLinkResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  CommunityResolver,
  PartnerResolver,
  PopulationImportResolver,
  RegionalCouncilResolver,
  OrganResolver,
  CostSharingResolver,
  CommunityBudgetAccessResolver,
  AppointmentResolver,
  SeatResolver,
  PersonResolver,
  OrganCompositionResolver,
  RegionalCouncilSeatsResolver,
  ActionPlanResolver,
  MeasureResolver,
  CommunityActionPlansResolver,
  PlanAuthoringResolver,
  CommunityPlanAuthoringResolver,
  MeetingResolver,
  OrganMeetingsResolver,
  MeetingPlanResolver,
  AgendaItemResolver,
  CaseResolver,
  CaseContentResolver,
  AppointmentDecisionCaseResolver,
  ActionPlanCaseResolver,
  StatusReportCaseResolver,
  MeetingNoticeResolver,
  DecisionMutationResolver,
  MeetingDecisionsResolver,
  AgendaItemDecisionResolver,
  CaseDecisionsResolver,
  DecisionResolver,
  MeetingMinutesResolver,
  MinutesResolver,
  PublicCalendarResolver,
  ReportsResolver,
  ActionPlanProgressReportResolver,
  MeReportsResolver,
  RepresentationReportResolver,
  FollowUpResolver,
  CommunityFollowUpResolver,
  CostSharingReportResolver,
  CasesMeetingsReportResolver,
  FollowUpReportResolver,
] as const;

/**
 * The schema with every resolver and the auth checker. Fields that only read a property of their
 * parent get no resolver (http/plain-fields.ts); `plainFieldsRead: false` keeps type-graphql's, for the
 * test that checks the answers are the same.
 */
export async function createSchema(options: { plainFieldsRead?: boolean } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    // forbidUnknownValues is off because type-graphql builds the input instances itself. The target is kept so the
    // error formatter can read each broken rule's arguments (a maximum length) for the UI; it never reaches the client.
    validate: { forbidUnknownValues: false, validationError: { target: true, value: false } },
  });
  assertEveryOperationDeclaresAccess(schema);
  return options.plainFieldsRead === false ? schema : withPlainFieldsRead(schema);
}
