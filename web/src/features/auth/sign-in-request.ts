// Signing in is plain HTTP (Passport on the API): JSON in, a session cookie out. Failures carry a message
// written for people, and field errors when something is missing.
import type { FieldErrorItem } from '../../components/forms';
import { SERVICE_PROBLEM } from '../../components/problem-message';

export type SignInResult = { ok: true } | { ok: false; fields: FieldErrorItem[] };

interface ErrorBody {
  message?: string;
  fields?: FieldErrorItem[];
}

export async function requestSignIn(email: string, password: string): Promise<SignInResult> {
  const serviceProblem: SignInResult = { ok: false, fields: [{ field: 'email', message: SERVICE_PROBLEM }] };
  const response = await fetch('/auth/sign-in', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).catch(() => null);
  if (!response) return serviceProblem;
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  if (response.status === 400 && body.fields?.length) return { ok: false, fields: body.fields };
  // 401 (wrong details, or a suspended account) and 429 (too many attempts) explain themselves; both are
  // about the email address and password together, so the summary links to the first field.
  if ((response.status === 401 || response.status === 429) && body.message) {
    return { ok: false, fields: [{ field: 'email', message: body.message }] };
  }
  return serviceProblem;
}
