// Paths the API answers itself; every other GET is a page of the web app. Of /events/… only the downloads
// (an event's .ics, its attendee CSV) are the API's: /events/<id> itself is a page; of /evidence/… only the
// impact report's CSV is. /digests/… are the digest email's unsubscribe and "view in browser" pages, served by
// the API. The Vite dev server (web/vite.config.ts) proxies exactly these to the API, so keep every
// controller's route here.
export const API_PATHS =
  /^\/(graphql|health|auth|account\/export|digests|open-referral)(\/|$)|^\/events\/[^/]+(\.ics|\/attendees\.csv)$|^\/calendar\/[^/]+\.ics$|^\/evidence\/impact-report\.csv$/;
