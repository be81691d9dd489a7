// The errors a form is showing, from its own checks or from the API. The API reports bad input as
// BAD_USER_INPUT with `extensions.fields` (GraphQL) or a JSON body with `fields` (the REST sign-in);
// either way each message lands beside the field whose id matches, and in the error summary.
import { CombinedGraphQLErrors } from '@apollo/client';
import { useCallback, useMemo, useState } from 'react';
import type { FieldErrorItem } from './error-summary';

function isFieldErrorList(value: unknown): value is FieldErrorItem[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as FieldErrorItem).field === 'string' &&
        typeof (item as FieldErrorItem).message === 'string',
    )
  );
}

/** The field errors in an Apollo error or a REST error body, or null when it carries none. */
export function fieldErrorsOf(error: unknown): FieldErrorItem[] | null {
  if (CombinedGraphQLErrors.is(error)) {
    const fields = error.errors
      .filter((e) => e.extensions?.code === 'BAD_USER_INPUT')
      .flatMap((e) => (isFieldErrorList(e.extensions?.fields) ? e.extensions.fields : []));
    return fields.length ? fields : null;
  }
  if (typeof error === 'object' && error !== null && 'fields' in error && isFieldErrorList(error.fields)) {
    return error.fields.length ? error.fields : null;
  }
  return null;
}

export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);

  const errorFor = useCallback((field: string) => errors.find((e) => e.field === field)?.message, [errors]);
  const clear = useCallback(() => setErrors([]), []);
  const fromError = useCallback((error: unknown) => {
    const fields = fieldErrorsOf(error);
    if (!fields) return false;
    setErrors(fields);
    return true;
  }, []);

  return useMemo(() => ({ errors, errorFor, setErrors, clear, fromError }), [errors, errorFor, clear, fromError]);
}

/** What useFieldErrors returns, for forms whose page owns the errors. */
export type FieldErrors = ReturnType<typeof useFieldErrors>;
