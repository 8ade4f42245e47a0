import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { POSTPONEMENT_TARGETS_MAX } from '../modules/decision/decision.rules.js';
import { MATRIX_DECISIONS_MAX, OVERDUE_MAX, PARTNERS_MAX } from '../modules/follow-up/follow-up.rules.js';
import { AGENDA_CANDIDATES_LIMIT } from '../modules/meeting/meeting.rules.js';

import { AGENDA_ITEMS_SHOWN, ORGANS_SHOWN, PUBLIC_MEETINGS_PER_ORGAN_YEAR } from '../modules/public-calendar/public-calendar.bounds.js';
import { MINUTES_CORRECTIONS_SHOWN, MINUTES_OBJECTIONS_SHOWN } from '../modules/minutes/minutes.bounds.js';

/** How many items a list field returns at most: a number, or one read from the field's range argument. */
export type ListBound = number | ((args: Record<string, unknown>) => number);

const FOCUS_AREAS_PER_PLAN = 10;

/**
 * Quarter ends from the first date there is (1900, where a plan may start at the earliest) to the
 * `until` argument, for each focus area: a range argument decides how long the list is, so a long
 * range costs what it would return. Without `until` (today) it is counted up to 2029.
 */
function quarterEndsUntil(args: Record<string, unknown>): number {
  const year = typeof args.until === 'string' ? Number(args.until.slice(0, 4)) : 2029;
  return Math.max(1, (year - 1899) * 4) * FOCUS_AREAS_PER_PLAN;
}

/**
 * The most items each list field returns, by what the domain allows (Norway has 19 health
 * communities; the largest has under 50 municipalities, so a partnership meeting some 60 seats) or
 * what an argument enforces (a page size, an input's ArrayMaxSize). They are estimates for the cost
 * limit, not limits on the data: a list costs its bound times what each item selects, so nested
 * lists and aliases multiply as they would in the server. A test fails when a list field has none.
 */
export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  // Norway has 19 health communities: every one of them with their lists is a normal request.
  'Query.communities': 20,
  'Query.identityProviders': 5,
  'Query.persons': 500,
  'Query.users': 500,
  // Ten usable at a time; revoked and expired ones stay listed.
  'Query.myApiTokens': 50,
  'Query.appointmentsEndingSoon': 200,
  'Community.partners': 60,
  'Community.regionalCouncils': 15,
  'Community.organs': 15,
  'Community.coordinatorBudgets': 30,
  'Community.actionPlans': 20,
  'CoordinatorBudget.costLines': 100,
  'CostAllocation.lines': 400,
  'Partner.populations': 50,
  // One item per line of a population file at most (its size limit allows about 12 000 lines).
  'PopulationImportPreview.changes': 12_000,
  'PopulationImportPreview.problems': 12_000,
  'RegionalCouncil.members': 60,
  'RegionalCouncil.seats': 30,
  'Organ.seats': 60,
  'Organ.ruleVersions': 50,
  'Organ.members': 120,
  'Organ.vacancies': 60,
  'ParityReport.problems': 10,
  'Seat.history': 20,
  'Seat.holders': 4,
  // rolesForSeat gives at most four (member, personal deputy, chair, vice-chair).
  'Seat.appointableRoles': 4,
  // One kind of warning today (SIDE_MISMATCH).
  'Appointment.warnings': 1,
  'Person.appointments': 30,
  'Me.roles': 20,
  'User.roles': 20,
  'ActionPlan.focusAreas': FOCUS_AREAS_PER_PLAN,
  'ActionPlan.progressOverTime': quarterEndsUntil,
  'ActionPlan.statusReportYears': 15,
  // The lifecycle steps open from one status: at most two (adopted → prolonged or closed).
  'ActionPlan.nextStatuses': 2,
  'ActionPlan.reporterCandidates': 500,
  'StatusReport.commentaryVersions': FOCUS_AREAS_PER_PLAN,
  'StatusReport.canWriteCommentaryOn': FOCUS_AREAS_PER_PLAN,
  'FocusArea.measures': 20,
  'FocusArea.targets': 20,
  'Measure.patientGroups': 10,
  // An input's ArrayMaxSize (MAX_REPORTERS_PER_MEASURE).
  'Measure.reporters': 10,
  'Measure.updates': 40,
  'AuditEventPage.events': 200,
  // A page of cases: at most CASES_PAGE_MAX (the `first` argument is clamped).
  'CaseConnection.nodes': 100,
  'Case.caseworkers': 10,
  // An organ meets a few times a year (SSU four, a professional committee perhaps monthly).
  'Organ.meetings': 25,
  'MeetingPlan.meetings': 25,
  'MeetingPlan.warnings': 2,
  // A meeting's agenda: a few cases to a few dozen (SSU's 2024 meetings had about eight each).
  'Meeting.agenda': 60,
  // One late-case breach per agenda item, one about the notice and one about the minutes.
  'Meeting.breaches': 62,
  // The minutes (modules/minutes): the repository cuts at these bounds.
  'Minutes.objections': MINUTES_OBJECTIONS_SHOWN,
  'Minutes.corrections': MINUTES_CORRECTIONS_SHOWN,
  'PublicMinutes.corrections': MINUTES_CORRECTIONS_SHOWN,
  'Meeting.agendaCandidates': AGENDA_CANDIDATES_LIMIT,
  'CaseContent.recommendation': 30,
  'CaseContent.attachments': 20,
  'CaseContent.linkedCases': 30,
  // The public calendar and the notice (modules/public-calendar, modules/meeting-notice): the services cut at these bounds.
  'PublicCalendar.organs': ORGANS_SHOWN,
  'PublicCalendarOrgan.meetings': PUBLIC_MEETINGS_PER_ORGAN_YEAR,
  'PublicMeeting.agenda': AGENDA_ITEMS_SHOWN,
  'NoticePreview.recipients': 200,
  'NoticePreview.agenda': AGENDA_ITEMS_SHOWN,
  'NoticeRecipient.roles': 6,
  'NoticeRecipient.seatLabels': 10,
  'MeetingAttendancePlan.members': 120,
  'CalledMember.deputyCandidates': 60,
  // Attendance: an organ's composition on a day (SSU: 14 members, their deputies and a dozen observers).
  'Meeting.attendance': 100,
  'Meeting.attendanceSheet': 100,
  'AttendanceSheetLine.mayStandInFor': 20,
  // One decision per agenda item; a case is decided at a few meetings at most (postponed, then decided).
  'Meeting.decisions': 60,
  'Meeting.postponementTargets': POSTPONEMENT_TARGETS_MAX,
  'Case.decisions': 10,
  'Decision.recommendation': 30,
  'Decision.votes': 100,
  'Decision.history': 20,
  // Reports: at most 19 communities (reports.rules.ts), 10 years, so 40 quarters.
  'ActionPlanProgressReport.focusAreas': 19 * 2 * FOCUS_AREAS_PER_PLAN,
  'ActionPlanProgressReport.communities': 19,
  'ActionPlanProgressReport.overTime': 19 * 40,
  'RepresentationReport.organs': 19 * 15,
  'RepresentationReport.regionalCouncils': 19 * 15,
  // Follow-up (modules/follow-up/follow-up.rules.ts): the service cuts at these bounds.
  'FollowUp.rows': PARTNERS_MAX,
  'FollowUpMatrix.partners': PARTNERS_MAX,
  'FollowUpMatrix.decisions': MATRIX_DECISIONS_MAX,
  'Community.followUpsOverdue': OVERDUE_MAX,
  // Norway's 357 municipalities, each in one community, over at most 10 budget years.
  'CostSharingReport.lines': 357 * 10,
  // 15 organs a community, 10 years.
  'CasesMeetingsReport.organs': 19 * 15 * 10,
  'FollowUpReport.municipalities': 357,
  // About 40 seats an organ and 15 organs a community; a person holds one or a few seats; partners are the municipalities and hospitals.
  'RepresentationReport.attendanceBySeat': 19 * 15 * 40,
  'RepresentationReport.attendanceByPerson': 19 * 15 * 40,
  'RepresentationReport.attendanceByPartner': 357 + 19 * 2,
};

/** A list field missing from LIST_BOUNDS (the test prevents it) is counted as this many items. */
const UNKNOWN_LIST_BOUND = 100;

/**
 * The most one operation may cost. The admin UI's heaviest page (a community's organs with every
 * seat's holders and history) costs about a third of it, the full nested listing of every community
 * (partners, councils, organs, seats, holders: the bench's NationalListing) about three quarters
 * (tests check both); lists nested in lists beyond what any page needs, or many aliases of long
 * ones, cost more.
 */
export const MAX_QUERY_COST = 1_000_000;

/** Costs a field 1 plus what it selects, times its bound when it is a list; introspection is free. */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const own = 1 + childComplexity;
  if (!isListType(getNullableType(field.type))) return own;
  const bound = LIST_BOUNDS[`${type.name}.${field.name}`] ?? UNKNOWN_LIST_BOUND;
  return own * (typeof bound === 'number' ? bound : bound(args));
};

/** What an operation of a document costs, with its variables (a skipped field costs nothing). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator] });
}

/** Refuses an operation that would cost more than `maxCost` before any resolver runs. */
export function queryCostLimit<TContext extends object>(maxCost = MAX_QUERY_COST): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Variables that do not fit their types: execution refuses them before any resolver runs.
            return Promise.resolve();
          }
          if (cost > maxCost) {
            throw new GraphQLError(`The operation would cost ${cost}, more than the ${maxCost} one request may cost; ask for less.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'REQUEST_TOO_COSTLY', params: {}, http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
