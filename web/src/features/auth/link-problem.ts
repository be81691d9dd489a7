// Emailed links (reset, set password, confirm email, answer a question) fail as BAD_USER_INPUT on the field
// `token`. Pages show that as a page of its own rather than beside a field the reader cannot see.
import { fieldErrorsOf } from '../../components/forms';

export function linkProblemOf(error: unknown): string | undefined {
  return fieldErrorsOf(error)?.find((e) => e.field === 'token')?.message;
}
