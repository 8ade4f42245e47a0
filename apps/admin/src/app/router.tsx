import { createBrowserRouter } from 'react-router';

import { CommunitiesPage } from '../features/communities/communities-page';
import { CommunityPage } from '../features/community/community-page';
import { CostAllocationPage } from '../features/cost-allocation/cost-allocation-page';
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
