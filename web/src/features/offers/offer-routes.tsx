// The heritage offers pages. The directory and each offer are open to everyone (link workers outside the
// community use them); publishing, editing, one's own offers and enquiries need a signed-in member; the
// organisation's answer page is opened by the emailed link alone. The review page is under /admin
// (admin-routes.tsx). Each page's code loads on its first visit.
import type { WebRoute } from '@heritage/shared';
import { lazyPage, type PageRoute } from '../../components/page-route';
import { RequireSignIn } from '../../session/require-sign-in';

export const offerPages = {
  offers: lazyPage(
    () => import('./offers-page'),
    (m) => <m.OffersPage />,
  ),
  newOffer: lazyPage(
    () => import('./offer-form-pages'),
    (m) => (
      <RequireSignIn>
        <m.NewOfferPage />
      </RequireSignIn>
    ),
  ),
  myOffers: lazyPage(
    () => import('./my-offers-page'),
    (m) => (
      <RequireSignIn>
        <m.MyOffersPage />
      </RequireSignIn>
    ),
  ),
  offer: lazyPage(
    () => import('./offer-page'),
    (m) => <m.OfferPage />,
  ),
  editOffer: lazyPage(
    () => import('./offer-form-pages'),
    (m) => (
      <RequireSignIn>
        <m.EditOfferPage />
      </RequireSignIn>
    ),
  ),
  offerEnquiry: lazyPage(
    () => import('./enquiry-pages'),
    (m) => (
      <RequireSignIn>
        <m.EnquiryPage />
      </RequireSignIn>
    ),
  ),
  answerOfferEnquiry: lazyPage(
    () => import('./enquiry-pages'),
    (m) => <m.AnswerEnquiryPage />,
  ),
} satisfies Partial<Record<WebRoute, PageRoute>>;
