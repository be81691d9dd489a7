// The evidence pages: "What do we know?" for every member, the impact report for the advisory group and
// admins, and (mounted inside AdminLayout by the router, as every /admin path) the admins' measure list.
// Each page's code loads on its first visit.
import { Permission, type WebRoute } from '@heritage/shared';
import { Link } from 'react-router';
import { lazyPage, type PageRoute } from '../../components/page-route';
import { RequirePermission } from '../../session/require-permission';
import { RequireSignIn } from '../../session/require-sign-in';

export const evidencePages = {
  evidence: lazyPage(
    () => import('./evidence-page'),
    (m) => (
      <RequireSignIn>
        <m.EvidencePage />
      </RequireSignIn>
    ),
  ),
  impactReport: lazyPage(
    () => import('./impact-report-page'),
    (m) => (
      <RequirePermission
        permission={Permission.ViewImpactReport}
        signInReason="The impact report is for the advisory group and administrators."
        refusal={
          <p>
            The impact report is for the advisory group and administrators. The same evidence, for every member, is on{' '}
            <Link to="/evidence">What do we know?</Link>
          </p>
        }
      >
        <m.ImpactReportPage />
      </RequirePermission>
    ),
  ),
  adminMeasures: lazyPage(
    () => import('./measures-page'),
    (m) => (
      <RequirePermission permission={Permission.ManageOutcomeMeasures}>
        <m.MeasuresPage />
      </RequirePermission>
    ),
  ),
} satisfies Partial<Record<WebRoute, PageRoute>>;
