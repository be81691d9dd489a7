// The web app's page addresses, in React Router's pattern syntax. The one list both sides read: the client
// router (web/src/app/router.tsx) builds its routes from it, and its type makes the router name a page for
// every entry and for nothing else; the server (api/src/common/web/web-app.ts) answers 404 for any path
// that matches none of them. A new page is added here first, so the two cannot drift.
export const WEB_ROUTES = {
  home: '/',
  about: '/about',
  accessibility: '/accessibility',
  codeOfConduct: '/code-of-conduct',
  privacy: '/privacy',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password/:token',
  setPassword: '/set-password/:token',
  join: '/join',
  joinDetails: '/join/details',
  joinSector: '/join/sector',
  joinRegion: '/join/region',
  joinAboutYou: '/join/about-you',
  joinAgreements: '/join/agreements',
  joinCheck: '/join/check',
  joinSent: '/join/sent',
  answerQuestion: '/apply/answer/:token',
  confirmEmail: '/account/confirm-email/:token',
  security: '/account/security',
  discussions: '/discussions',
  space: '/discussions/:slug',
  newThread: '/discussions/:slug/new',
  thread: '/threads/:id',
  editThread: '/threads/:id/edit',
  events: '/events',
  newEvent: '/events/new',
  event: '/events/:id',
  editEvent: '/events/:id/edit',
  cancelEvent: '/events/:id/cancel',
  eventAttendees: '/events/:id/attendees',
  search: '/search',
  evidence: '/evidence',
  impactReport: '/evidence/impact',
  notifications: '/notifications',
  notificationSettings: '/notifications/settings',
  moderationReports: '/moderation/reports',
  devMail: '/dev/mail',
  admin: '/admin',
  adminApplications: '/admin/applications',
  adminApplication: '/admin/applications/:id',
  adminInvite: '/admin/invite',
  adminMembers: '/admin/members',
  adminMember: '/admin/members/:id',
  adminSpaces: '/admin/spaces',
  adminNewSpace: '/admin/spaces/new',
  adminSpace: '/admin/spaces/:id',
  adminAuditLog: '/admin/audit-log',
  adminMeasures: '/admin/measures',
  adminDigests: '/admin/digests',
  adminOffers: '/admin/offers',
  offers: '/offers',
  newOffer: '/offers/new',
  myOffers: '/offers/mine',
  offer: '/offers/:id',
  editOffer: '/offers/:id/edit',
  offerEnquiry: '/offers/enquiries/:id',
  answerOfferEnquiry: '/offers/enquiries/answer/:token',
  profile: '/profile',
  member: '/members/:id',
  directory: '/directory',
  account: '/account',
  deleteAccount: '/account/delete',
  accountDeleted: '/account/deleted',
} as const;

export type WebRoute = keyof typeof WEB_ROUTES;

/**
 * The id of the `<script type="application/json">` block in which the server sends the signed-in member's
 * viewer (or null for a visitor) with every page, so the header needs no round trip to draw itself.
 */
export const VIEWER_DATA_ID = 'heritage-viewer';

// As React Router matches: case-insensitive, a trailing slash allowed, a `:param` is one non-empty segment.
const WEB_ROUTE_PATTERNS = Object.values(WEB_ROUTES).map((pattern) => {
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return segments.length === 0 ? /^\/$/ : new RegExp(`^/${segments.join('/')}/?$`, 'i');
});

/** True when `pathname` (as in the address bar, without query or fragment) is one of the web app's pages. */
export function isWebRoute(pathname: string): boolean {
  return WEB_ROUTE_PATTERNS.some((pattern) => pattern.test(pathname));
}
