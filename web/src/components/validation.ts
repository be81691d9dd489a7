// Client-side checks that mirror the API's messages word for word, so people see the same message whether
// the browser or the server caught the problem. The API still checks everything.
import { LIMITS } from '@heritage/shared';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(value: string): string | undefined {
  const email = value.trim();
  if (!email) return 'Enter your email address';
  if (email.length > LIMITS.emailMax) return `Email address must be ${LIMITS.emailMax} characters or fewer`;
  if (!EMAIL.test(email)) return 'Enter an email address in the correct format, like name@example.org';
  return undefined;
}

/** The API also refuses the most common passwords; that check stays on the server. */
export function newPasswordError(value: string): string | undefined {
  if (value.length === 0) return 'Enter a password';
  if ([...value].length < LIMITS.passwordMin) return `Password must be ${LIMITS.passwordMin} characters or more`;
  if (value.length > LIMITS.passwordMax) return `Password must be ${LIMITS.passwordMax} characters or fewer`;
  return undefined;
}

/** "Enter …" when blank, "<name> must be N characters or fewer" when too long. */
export function textError(value: string, blank: string, name: string, max: number): string | undefined {
  if (!value.trim()) return blank;
  if (value.length > max) return `${name} must be ${max} characters or fewer`;
  return undefined;
}

/** Collects the failing checks as field errors, in page order. */
export function collectErrors(checks: Record<string, string | undefined>): { field: string; message: string }[] {
  return Object.entries(checks).flatMap(([field, message]) => (message ? [{ field, message }] : []));
}
