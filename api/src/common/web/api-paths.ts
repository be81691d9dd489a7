// Paths the API answers itself; every other GET is a page of the web app. Of /events/… only the downloads
// (an event's .ics, its attendee CSV) are the API's: /events/<id> itself is a page. The Vite dev server
// (web/vite.config.ts) proxies exactly these to the API, so keep every controller's route here.
export const API_PATHS =
  /^\/(graphql|health|auth|account\/export|open-referral)(\/|$)|^\/events\/[^/]+(\.ics|\/attendees\.csv)$|^\/calendar\/[^/]+\.ics$/;
