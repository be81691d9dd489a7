// Reads the API's error contract (extensions.code) from the errors Apollo Client reports.
import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode } from '@heritage/shared';

/** The first GraphQL error's code, or undefined for network and other failures. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The first GraphQL error's message, written by the API for people. */
export function errorMessage(error: unknown): string | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
}

export type AccessProblem = 'sign-in' | 'permission';

/** Whether the API refused because the viewer is signed out or lacks permission. */
export function accessProblemOf(error: unknown): AccessProblem | null {
  const code = errorCode(error);
  if (code === ErrorCode.Unauthenticated) return 'sign-in';
  if (code === ErrorCode.Forbidden) return 'permission';
  return null;
}
