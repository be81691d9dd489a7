// What to tell people when an action fails for a reason other than their input. The API's messages for
// CONFLICT, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED and RATE_LIMITED ("Too many attempts. Try again in 15
// minutes.") are written for people; anything else is our fault.
import { CombinedGraphQLErrors } from '@apollo/client';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

const EXPLAINED = new Set(['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED']);

export function problemMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const explained = error.errors.find((e) => EXPLAINED.has(String(e.extensions?.code)));
    if (explained) return explained.message;
  }
  return SERVICE_PROBLEM;
}

/** True when the API answered with this code, e.g. NOT_FOUND. */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}
