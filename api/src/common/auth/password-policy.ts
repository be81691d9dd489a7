// Password rules (NIST SP 800-63B style): at least 8 characters, long passphrases allowed, no composition
// rules, and none of the 1,000 most common passwords (zxcvbn-ts's frequency-ranked list).
import { LIMITS, type FieldError } from '@heritage/shared';
import { dictionary } from '@zxcvbn-ts/language-common';

const COMMON = new Set(dictionary['passwords-common'].slice(0, 1000).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/** Field errors for a proposed password (empty when acceptable). */
export function passwordProblems(password: string, field = 'password'): FieldError[] {
  if (password.length === 0) return [{ field, message: 'Enter a password' }];
  if ([...password].length < LIMITS.passwordMin) {
    return [{ field, message: `Password must be ${LIMITS.passwordMin} characters or more` }];
  }
  if (password.length > LIMITS.passwordMax) {
    return [{ field, message: `Password must be ${LIMITS.passwordMax} characters or fewer` }];
  }
  if (isCommonPassword(password)) {
    return [{ field, message: 'Choose a less common password: this one is on a list of the most used passwords' }];
  }
  return [];
}
