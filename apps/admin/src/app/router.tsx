import { createBrowserRouter } from 'react-router';

import { AccountPage } from '../features/account/account-page';
import { ForgotPasswordPage } from '../features/account/forgot-password-page';
import { SetPasswordPage } from '../features/account/set-password-page';
import { ActionPlanPage } from '../features/action-plan/action-plan-page';
import { PlanEditorPage } from '../features/action-plan/plan-editor-page';
import { StatusReportPage } from '../features/action-plan/status-report-page';
import { AuditPage } from '../features/audit/audit-page';
import { CommunitiesPage } from '../features/communities/communities-page';
import { CommunityPage } from '../features/community/community-page';
import { CostAllocationPage } from '../features/cost-allocation/cost-allocation-page';
import { OrganPage } from '../features/organs/organ-page';
import { RegionalCouncilPage } from '../features/organs/regional-council-page';
import { SignInPage } from '../features/session/sign-in-page';
import { UsersPage } from '../features/users/users-page';
import { OrganRulesPage } from '../features/register/organ-rules-page';
import { PartnerPage } from '../features/register/partner-page';
import { PopulationImportPage } from '../features/register/population-import-page';
import { ActionPlanProgressPage } from '../features/reports/action-plan-progress-page';
import { ReportsPage } from '../features/reports/reports-page';
import { RepresentationPage } from '../features/reports/representation-page';
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
          { path: 'communities/:communityId/partners/:partnerId', element: <PartnerPage /> },
          { path: 'communities/:communityId/organs/:organId/rules', element: <OrganRulesPage /> },
          { path: 'communities/:communityId/audit', element: <AuditPage /> },
          { path: 'communities/:communityId/action-plans/:planId', element: <ActionPlanPage /> },
          { path: 'communities/:communityId/action-plans/:planId/edit', element: <PlanEditorPage /> },
          { path: 'communities/:communityId/action-plans/:planId/reports/:year', element: <StatusReportPage /> },
          { path: 'communities/:communityId/organs/:organId', element: <OrganPage /> },
          { path: 'communities/:communityId/regional-councils/:councilId', element: <RegionalCouncilPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'reports/action-plan-progress', element: <ActionPlanProgressPage /> },
          { path: 'reports/representation', element: <RepresentationPage /> },
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
