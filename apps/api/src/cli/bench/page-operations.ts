import type { BenchSubjects } from './subjects.js';

/** Who opens a page: the community's secretariat (signed in), or the public (no session). */
export type PageCaller = 'secretariat' | 'public';

/** What the variables of a page may use: the data set's records, and a password link made for the bench. */
export interface PageContext extends BenchSubjects {
  passwordLinkToken: string;
}

export interface PageOperation {
  caller: PageCaller;
  /** The variables the admin sends when the page is opened for these records. */
  variables(context: PageContext): Record<string, unknown>;
}

/** As the admin's "appointments ending soon" (`endingSoonDays`) and audit log (`pageSize`) ask. */
const ENDING_SOON_DAYS = 90;
const AUDIT_PAGE_SIZE = 50;

const community = (context: PageContext) => ({ communityId: context.communityId });

/**
 * Every query operation of the admin UI (by the name in its source), with the caller the page is for
 * and realistic variables. The bench times them; `test/statement-counts.int.test.ts` checks their
 * statement counts do not grow with the data, and that this list names every query the admin defines.
 */
export const PAGE_OPERATIONS: Readonly<Record<string, PageOperation>> = {
  SignInPage: { caller: 'public', variables: () => ({}) },
  PasswordLinkPage: { caller: 'public', variables: (context) => ({ token: context.passwordLinkToken }) },
  Today: { caller: 'public', variables: () => ({}) },
  Session: { caller: 'secretariat', variables: () => ({}) },
  MyApiTokens: { caller: 'secretariat', variables: () => ({}) },
  Communities: { caller: 'secretariat', variables: () => ({}) },
  Community: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  ActionPlanPage: {
    caller: 'secretariat',
    variables: (context) => ({ communityId: context.planCommunityId, planId: context.planId, asOf: context.today }),
  },
  PlanEditor: { caller: 'secretariat', variables: (context) => ({ communityId: context.planCommunityId, planId: context.planId }) },
  PlanProgress: { caller: 'secretariat', variables: (context) => ({ planId: context.planId, until: context.today }) },
  StatusReportPlan: { caller: 'secretariat', variables: (context) => ({ communityId: context.planCommunityId, planId: context.planId }) },
  StatusReportView: { caller: 'secretariat', variables: (context) => ({ planId: context.planId, year: context.reportYear }) },
  AuditPage: { caller: 'secretariat', variables: community },
  AuditUsers: { caller: 'secretariat', variables: community },
  AuditEvents: {
    caller: 'secretariat',
    variables: (context) => ({
      filter: { communityId: context.communityId, entityType: null, userId: null, from: null, to: null },
      first: AUDIT_PAGE_SIZE,
      before: null,
    }),
  },
  CostAllocationPage: { caller: 'secretariat', variables: community },
  CostAllocation: { caller: 'secretariat', variables: (context) => ({ communityId: context.communityId, budgetYear: context.budgetYear }) },
  CostAllocationWhatIf: {
    caller: 'secretariat',
    variables: (context) => ({
      input: { municipalShare: 1_000_000, fixedShareRatio: 0.2, municipalities: context.municipalities },
    }),
  },
  OrganPage: { caller: 'secretariat', variables: (context) => ({ communityId: context.communityId, at: context.today }) },
  OrganRulesPage: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  PartnerPage: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  PopulationImportPage: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  CommunityDetailsPage: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  NewPartnerPage: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  RegionalCouncilFormPage: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  OrganFormPage: { caller: 'secretariat', variables: (context) => ({ id: context.communityId }) },
  RegionalCouncilPage: { caller: 'secretariat', variables: community },
  AppointmentsEndingSoon: {
    caller: 'secretariat',
    variables: (context) => ({
      communityId: context.communityId,
      regionalCouncilId: context.regionalCouncilId,
      withinDays: ENDING_SOON_DAYS,
    }),
  },
  AppointPersons: { caller: 'secretariat', variables: community },
  MeetingPlanPage: {
    caller: 'secretariat',
    variables: (context) => ({ communityId: context.communityId, year: Number(context.today.slice(0, 4)) }),
  },
  MeetingPage: {
    caller: 'secretariat',
    variables: (context) => ({ communityId: context.communityId, year: Number(context.today.slice(0, 4)) }),
  },
  PublicCalendar: {
    caller: 'public',
    variables: (context) => ({ communityId: context.communityId, year: Number(context.today.slice(0, 4)) }),
  },
  MeetingNoticePage: { caller: 'secretariat', variables: community },
  NoticePreviewPanel: { caller: 'secretariat', variables: (context) => ({ meetingId: context.meetingId }) },
  MeetingAttendancePanel: { caller: 'secretariat', variables: (context) => ({ meetingId: context.meetingId }) },
  MeetingDecisions: { caller: 'secretariat', variables: (context) => ({ meetingId: context.meetingId }) },
  MinutesPanel: { caller: 'secretariat', variables: (context) => ({ meetingId: context.meetingId }) },
  UsersPage: { caller: 'secretariat', variables: community },
  FollowUpPage: { caller: 'secretariat', variables: community },
  // As the follow-up page opens: the last ten years' decisions and what is open after 90 days.
  FollowUpOverview: {
    caller: 'secretariat',
    variables: (context) => ({
      communityId: context.communityId,
      from: `${Number(context.today.slice(0, 4)) - 9}-01-01`,
      to: context.today,
      olderThanDays: 90,
      partnerId: null,
    }),
  },
  CommunityUsers: { caller: 'secretariat', variables: community },
  // An organ's cases as the public opens the list (the secretariat's differs only in the drafts it includes).
  CaseListPage: {
    caller: 'public',
    variables: (context) => ({ communityId: context.caseCommunityId, organId: context.caseOrganId, search: 'helsefellesskap' }),
  },
  CasePage: { caller: 'secretariat', variables: (context) => ({ communityId: context.caseCommunityId, caseId: context.caseId }) },
  // As the reports page opens for a national analyst: every community, the default period up to today.
  ActionPlanProgressReport: {
    caller: 'secretariat',
    variables: (context) => ({ filter: { communityIds: null, from: null, to: context.today }, interval: 'YEAR' }),
  },
  RepresentationReport: {
    caller: 'secretariat',
    variables: (context) => ({ filter: { communityIds: null, from: null, to: context.today } }),
  },
  CasesMeetingsReport: {
    caller: 'secretariat',
    variables: (context) => ({ filter: { communityIds: null, from: null, to: context.today } }),
  },
  FollowUpReport: { caller: 'secretariat', variables: (context) => ({ filter: { communityIds: null, from: null, to: context.today } }) },
  CostSharingReport: { caller: 'secretariat', variables: (context) => ({ filter: { communityIds: null, from: null, to: context.today } }) },
};

/** The "full nested listing": every community with its partners, councils, organs, seats and holders. */
export const NATIONAL_LISTING = {
  name: 'NationalListing',
  caller: 'public' as PageCaller,
  query: `query NationalListing($year: Int!, $at: LocalDate!) {
  communities {
    id name shortName
    partners { id name kind municipalityNumber population(year: $year) }
    regionalCouncils { id name members { id name } }
    organs { id name kind seats { id label side voting holders(at: $at) { id role startsOn endsOn person { id name } } } }
  }
}`,
  variables: (subjects: BenchSubjects) => ({ year: subjects.populationYear, at: subjects.today }),
};

/** A page's operation with its text from the admin: what the bench and the statement-count test send. */
export interface BenchRequest {
  name: string;
  caller: PageCaller;
  query: string;
  variables: Record<string, unknown>;
}

/** The admin's pages, in the order above, then the nested listing; fails on a query the list lacks. */
export function benchRequests(adminQueries: ReadonlyMap<string, string>, context: PageContext): BenchRequest[] {
  const missing = [...adminQueries.keys()].filter((name) => !(name in PAGE_OPERATIONS));
  if (missing.length > 0) throw new Error(`Add the admin's ${missing.join(', ')} to PAGE_OPERATIONS (cli/bench/page-operations.ts).`);
  const pages = Object.entries(PAGE_OPERATIONS).map(([name, operation]) => {
    const query = adminQueries.get(name);
    if (!query) throw new Error(`PAGE_OPERATIONS names ${name}, which the admin no longer defines: remove it.`);
    return { name, caller: operation.caller, query, variables: operation.variables(context) };
  });
  return [
    ...pages,
    {
      name: NATIONAL_LISTING.name,
      caller: NATIONAL_LISTING.caller,
      query: NATIONAL_LISTING.query,
      variables: NATIONAL_LISTING.variables(context),
    },
  ];
}
