// The hint under every "new password" field: the same rules the API applies (at least 8 characters, no
// composition rules, common passwords refused).
import { LIMITS } from '@heritage/shared';

export function NewPasswordHint() {
  return (
    <>
      Use at least {LIMITS.passwordMin} characters. Long passphrases are welcome, such as 3 or 4 random words. Common
      passwords are not allowed.
    </>
  );
}
