// Who may do what with a heritage offer: the one place these rules live.
// - Any signed-in member may submit an offer for their heritage organisation; it waits for review.
// - Its owner (the member who submitted it) and admins (REVIEW_OFFERS) manage it: edit, confirm, see it in any
//   status. Admins publish or reject it (the review, audited as applications are).
// - Readers see published offers confirmed within 12 months; visitors only PUBLIC ones.
// - Signed-in members send referral enquiries; the organisation (owner, admins, or the emailed link) answers.
import {
  hasPermission,
  OfferFreshness,
  offerFreshness,
  OfferStatus,
  OfferVisibility,
  Permission,
} from '@heritage/shared';
import type { AuthenticatedMember } from '../../common/auth/current-member';
import type { OfferRecord } from './offer.model';

export function canReviewOffers(viewer: AuthenticatedMember | undefined): boolean {
  return viewer !== undefined && hasPermission(viewer.roles, Permission.ReviewOffers);
}

export function canManageOffer(viewer: AuthenticatedMember | undefined, offer: Pick<OfferRecord, 'ownerId'>): boolean {
  if (!viewer) return false;
  return canReviewOffers(viewer) || (offer.ownerId !== null && offer.ownerId === viewer.id);
}

/** Readers: published, fresh enough, and public unless signed in. Managers see their offers in any state. */
export function canSeeOffer(
  viewer: AuthenticatedMember | undefined,
  offer: Pick<OfferRecord, 'ownerId' | 'status' | 'visibility' | 'lastConfirmedAt'>,
  now = new Date(),
): boolean {
  if (canManageOffer(viewer, offer)) return true;
  if (offer.status !== OfferStatus.Published) return false;
  if (offerFreshness(offer.lastConfirmedAt, now) === OfferFreshness.Hidden) return false;
  return viewer !== undefined || offer.visibility === OfferVisibility.Public;
}

/** Enquiries go to published offers a signed-in member can see. */
export function canEnquire(
  viewer: AuthenticatedMember | undefined,
  offer: Pick<OfferRecord, 'ownerId' | 'status' | 'visibility' | 'lastConfirmedAt'>,
): boolean {
  return viewer !== undefined && offer.status === OfferStatus.Published && canSeeOffer(viewer, offer);
}
