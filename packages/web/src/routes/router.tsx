import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/app-layout.tsx';
import { AuditsPage } from '../features/audits/audits-page.tsx';
import { DashboardPage } from '../features/dashboard/dashboard-page.tsx';
import { EvidencePage } from '../features/evidence/evidence-page.tsx';
import { FindingsPage } from '../features/findings/findings-page.tsx';
import { FrameworksPage } from '../features/frameworks/frameworks-page.tsx';
import { GapAssessmentsPage } from '../features/gap-assessments/gap-assessments-page.tsx';
import { RisksPage } from '../features/risks/risks-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { SoaPage } from '../features/soa/soa-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError, StandaloneRouteError } from './route-error.tsx';

/** Builds the browser router: every page renders inside the layout, errors included. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      // Last resort if the layout itself fails: a page of its own rather than a blank screen.
      errorElement: <StandaloneRouteError />,
      children: [
        {
          // A page that throws keeps the header and navigation around its error message.
          errorElement: <RouteError />,
          children: [
            { index: true, element: <DashboardPage /> },
            { path: 'frameworks', element: <FrameworksPage /> },
            { path: 'gap-assessments', element: <GapAssessmentsPage /> },
            { path: 'risks', element: <RisksPage /> },
            { path: 'soa', element: <SoaPage /> },
            { path: 'audits', element: <AuditsPage /> },
            { path: 'findings', element: <FindingsPage /> },
            { path: 'evidence', element: <EvidencePage /> },
            { path: 'settings', element: <SettingsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
