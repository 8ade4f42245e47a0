import { createBrowserRouter } from 'react-router';

import { AccountPage } from '../features/account/account-page';
import { ForgotPasswordPage } from '../features/account/forgot-password-page';
import { SetPasswordPage } from '../features/account/set-password-page';
import { ActionPlanPage } from '../features/action-plan/action-plan-page';
import { PlanEditorPage } from '../features/action-plan/plan-editor-page';
import { StatusReportPage } from '../features/action-plan/status-report-page';
import { AuditPage } from '../features/audit/audit-page';
import { CaseListPage } from '../features/cases/case-list-page';
import { CasePage } from '../features/cases/case-page';
import { CommunitiesPage } from '../features/communities/communities-page';
import { CommunityPage } from '../features/community/community-page';
import { CostAllocationPage } from '../features/cost-allocation/cost-allocation-page';
import { MeetingPage } from '../features/meetings/meeting-page';
import { MeetingPlanPage } from '../features/meetings/meeting-plan-page';
import { MeetingNoticePage } from '../features/meeting-notice/meeting-notice-page';
import { FollowUpPage } from '../features/follow-up/follow-up-page';
import { OrganPage } from '../features/organs/organ-page';
import { PublicCalendarPage } from '../features/public-calendar/public-calendar-page';
import { RegionalCouncilPage } from '../features/organs/regional-council-page';
import { SignInPage } from '../features/session/sign-in-page';
import { UsersPage } from '../features/users/users-page';
import { CommunityDetailsPage } from '../features/register/community-details-page';
import { NewPartnerPage } from '../features/register/new-partner-page';
import { OrganFormPage } from '../features/register/organ-form-page';
import { OrganRulesPage } from '../features/register/organ-rules-page';
import { PartnerPage } from '../features/register/partner-page';
import { PopulationImportPage } from '../features/register/population-import-page';
import { RegionalCouncilFormPage } from '../features/register/regional-council-form-page';
import { ActionPlanProgressPage } from '../features/reports/action-plan-progress-page';
import { ReportsPage } from '../features/reports/reports-page';
import { RepresentationPage } from '../features/reports/representation-page';
import { CasesMeetingsPage } from '../features/reports/cases-meetings-page';
import { CostSharingPage } from '../features/reports/cost-sharing-page';
import { FollowUpReportPage } from '../features/reports/follow-up-report-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export const routes = [
  {
    element: <Layout />,
    children: [
      {
        // A pathless boundary keeps the header and language switch visible when a page crashes.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <CommunitiesPage /> },
          { path: 'communities/:communityId', element: <CommunityPage /> },
          {
            path: 'communities/:communityId/cost-allocation',
            element: <CostAllocationPage />,
          },
          { path: 'communities/:communityId/users', element: <UsersPage /> },
          { path: 'communities/:communityId/populations/import', element: <PopulationImportPage /> },
          { path: 'communities/:communityId/details', element: <CommunityDetailsPage /> },
          { path: 'communities/:communityId/partners/new', element: <NewPartnerPage /> },
          { path: 'communities/:communityId/partners/:partnerId', element: <PartnerPage /> },
          { path: 'communities/:communityId/regional-councils/new', element: <RegionalCouncilFormPage /> },
          { path: 'communities/:communityId/regional-councils/:councilId/edit', element: <RegionalCouncilFormPage /> },
          { path: 'communities/:communityId/organs/new', element: <OrganFormPage /> },
          { path: 'communities/:communityId/organs/:organId/edit', element: <OrganFormPage /> },
          { path: 'communities/:communityId/organs/:organId/rules', element: <OrganRulesPage /> },
          { path: 'communities/:communityId/audit', element: <AuditPage /> },
          { path: 'communities/:communityId/action-plans/:planId', element: <ActionPlanPage /> },
          { path: 'communities/:communityId/action-plans/:planId/edit', element: <PlanEditorPage /> },
          { path: 'communities/:communityId/action-plans/:planId/reports/:year', element: <StatusReportPage /> },
          { path: 'communities/:communityId/organs/:organId', element: <OrganPage /> },
          { path: 'communities/:communityId/organs/:organId/meetings', element: <MeetingPlanPage /> },
          { path: 'communities/:communityId/organs/:organId/meetings/:meetingId', element: <MeetingPage /> },
          { path: 'communities/:communityId/organs/:organId/cases', element: <CaseListPage /> },
          { path: 'communities/:communityId/cases/:caseId', element: <CasePage /> },
          { path: 'communities/:communityId/regional-councils/:councilId', element: <RegionalCouncilPage /> },
          { path: 'communities/:communityId/calendar', element: <PublicCalendarPage /> },
          { path: 'communities/:communityId/meetings/:meetingId/notice', element: <MeetingNoticePage /> },
          { path: 'communities/:communityId/follow-up', element: <FollowUpPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'reports/action-plan-progress', element: <ActionPlanProgressPage /> },
          { path: 'reports/representation', element: <RepresentationPage /> },
          { path: 'reports/cases-and-meetings', element: <CasesMeetingsPage /> },
          { path: 'reports/follow-up', element: <FollowUpReportPage /> },
          { path: 'reports/cost-sharing', element: <CostSharingPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'set-password', element: <SetPasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
