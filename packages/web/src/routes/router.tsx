import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../components/app-layout.tsx';
import { organizationAreas } from '../components/navigation.ts';
import { ApiTokensPage } from '../features/account/api-tokens-page.tsx';
import { PasswordPage } from '../features/account/password-page.tsx';
import { AuditTrailPage } from '../features/audit-trail/audit-trail-page.tsx';
import { AuditsPage } from '../features/audits/audits-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { SetupPage } from '../features/auth/setup-page.tsx';
import { DashboardPage } from '../features/dashboard/dashboard-page.tsx';
import { EvidenceDetailPage } from '../features/evidence/evidence-detail-page.tsx';
import { EvidencePage } from '../features/evidence/evidence-page.tsx';
import { FindingsPage } from '../features/findings/findings-page.tsx';
import { FrameworkBrowserPage } from '../features/frameworks/framework-browser-page.tsx';
import { FrameworkImportPage } from '../features/frameworks/framework-import-page.tsx';
import { FrameworkMappingsPage } from '../features/frameworks/framework-mappings-page.tsx';
import { FrameworksPage } from '../features/frameworks/frameworks-page.tsx';
import { GapAssessmentsPage } from '../features/gap-assessments/gap-assessments-page.tsx';
import { GapWorkspacePage } from '../features/gap-assessments/gap-workspace-page.tsx';
import { ChangesPage } from '../features/changes/changes-page.tsx';
import { RoadmapPage } from '../features/roadmap/roadmap-page.tsx';
import { AssessmentScoresPage } from '../features/gap-assessments/assessment-scores-page.tsx';
import { GapComparisonPage } from '../features/gap-assessments/gap-comparison-page.tsx';
import { InvitationPage } from '../features/invitations/invitation-page.tsx';
import { MembersPage } from '../features/members/members-page.tsx';
import { RisksPage } from '../features/risks/risks-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { SoaPage } from '../features/soa/soa-page.tsx';
import { OrganizationHome, OrganizationScope, ToOrganizationArea } from '../session/organization-scope.tsx';
import { RequireSession } from '../session/require-session.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError, StandaloneRouteError } from './route-error.tsx';

/** The pages of one organisation, under `/o/:orgId`. */
const organizationPages: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  { path: 'frameworks', element: <FrameworksPage /> },
  { path: 'frameworks/import', element: <FrameworkImportPage /> },
  { path: 'frameworks/mappings', element: <FrameworkMappingsPage /> },
  { path: 'frameworks/:frameworkId', element: <FrameworkBrowserPage /> },
  { path: 'gap-assessments', element: <GapAssessmentsPage /> },
  { path: 'gap-assessments/compare', element: <GapComparisonPage /> },
  { path: 'gap-assessments/:assessmentId', element: <GapWorkspacePage /> },
  { path: 'gap-assessments/:assessmentId/roadmap', element: <RoadmapPage /> },
  { path: 'gap-assessments/:assessmentId/scores', element: <AssessmentScoresPage /> },
  { path: 'changes', element: <ChangesPage /> },
  { path: 'risks', element: <RisksPage /> },
  { path: 'soa', element: <SoaPage /> },
  { path: 'audits', element: <AuditsPage /> },
  { path: 'findings', element: <FindingsPage /> },
  { path: 'evidence', element: <EvidencePage /> },
  { path: 'evidence/:evidenceId', element: <EvidenceDetailPage /> },
  { path: 'members', element: <MembersPage /> },
  { path: 'audit-trail', element: <AuditTrailPage /> },
  { path: 'settings', element: <SettingsPage /> },
  { path: '*', element: <NotFoundPage /> },
];

/**
 * Builds the browser router: the public pages (first-run setup, sign-in, invitation links) stand on
 * their own; every other page needs a session and renders inside the layout, errors included.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      // Last resort if the layout itself fails: a page of its own rather than a blank screen.
      errorElement: <StandaloneRouteError />,
      children: [
        { path: 'setup', element: <SetupPage /> },
        { path: 'login', element: <LoginPage /> },
        { path: 'invitations/:token', element: <InvitationPage /> },
        {
          element: <RequireSession />,
          children: [
            {
              element: <AppLayout />,
              children: [
                {
                  // A page that throws keeps the header and navigation around its error message.
                  errorElement: <RouteError />,
                  children: [
                    { index: true, element: <OrganizationHome /> },
                    { path: 'o/:orgId', element: <OrganizationScope />, children: organizationPages },
                    { path: 'account/password', element: <PasswordPage /> },
                    { path: 'account/tokens', element: <ApiTokensPage /> },
                    // Addresses from before organisations were part of the path keep working.
                    ...organizationAreas.map((area) => ({ path: area, element: <ToOrganizationArea area={area} /> })),
                    { path: '*', element: <NotFoundPage /> },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
