// The one way a form keeps its state: the values, each field bound to its input, the form's own checks, the
// error summary's list, the API's field errors (BAD_USER_INPUT with `extensions.fields`) and whether it is
// being sent. A page writes what is particular to it — what the checks are, what to send, what to do with an
// answer — and nothing else:
//
//   const form = useForm({
//     initial: { email: '' },
//     validate: (v) => ({ email: emailError(v.email) }),
//     submit: async (v) => { await send(v); },
//     onError: (error) => [{ field: 'email', message: problemMessage(error) }],
//   });
//   <ErrorSummary errors={form.errors} />
//   <form noValidate onSubmit={form.handleSubmit}>
//     <TextInput label="Email address" {...form.field('email')} />
//     <Button disabled={form.submitting}>Send</Button>
//
// An error that belongs to no field (a network failure, a refusal) is the form's problem: onError returns its
// message, the form shows `form.problem` (in its error summary, `<ErrorSummary errors={form.errors}
// problem={form.problem} />`, or in a box of its own), and the next submit clears it.
//
// A form whose values come from the address (a search's filters) passes `resetKey` (the address): when it changes,
// the values start again from `initial` and the errors and problem clear, as if the form were drawn anew.
//
// A page that shows one error summary for several forms passes its own `useFieldErrors()` as `fieldErrors`.
// A form whose API errors need reading first (API field names mapped to the page's ids, a summary worded
// apart from the messages beside the fields, as the personal-data guard's findings are) passes `readErrors`,
// and shows `form.summary` in its error summary.
import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { FieldErrorItem } from './error-summary';
import { collectErrors } from './validation';
import { useFieldErrors, type FieldErrors } from './use-field-errors';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface UseFormOptions<V> {
  initial: V;
  /** The form's own checks, field id → message (undefined when it passes) or a list, in page order. */
  validate?: (values: V) => Record<string, string | undefined> | FieldErrorItem[];
  /**
   * Sends the values (or, for a step of a longer form, keeps them and moves on). A thrown error with field errors
   * puts them beside the fields; any other goes to onError.
   */
  submit: (values: V) => Promise<unknown> | void;
  /**
   * An error without field errors: return the field errors to show, or a message to show as the form's problem
   * (`form.problem`), or nothing when the page shows it itself.
   */
  onError?: (error: unknown) => FieldErrorItem[] | string | void;
  /**
   * Reads the API's error in place of the default (its BAD_USER_INPUT field errors as they are): the errors to
   * show, or null when the error is not about the input (it then goes to onError).
   */
  readErrors?: (error: unknown) => ShownErrors | null;
  /** The errors of the page, when the page owns the error summary. */
  fieldErrors?: FieldErrors;
  /**
   * Where the values come from (the address, for a search's filters): when it changes, the values start again
   * from `initial` and the errors and problem clear. Only for a form that owns its errors (no `fieldErrors`).
   */
  resetKey?: string;
}

/** Messages beside the fields, and the error summary's list when it says something else. */
export interface ShownErrors {
  fields: FieldErrorItem[];
  summary?: FieldErrorItem[];
}

/** What `field(name)` gives a text input: its id, value, change handler and error message. */
export interface BoundField {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

export function useForm<V extends object>(options: UseFormOptions<V>) {
  const own = useFieldErrors();
  const shared = options.fieldErrors ?? own;
  const { errors, errorFor, fromError } = shared;
  const [values, setValues] = useState<V>(options.initial);
  const [submitting, setSubmitting] = useState(false);
  // Set at once (state waits for a render): a second submit while the first is being sent does nothing, so a
  // form may keep its button enabled (and focused) while sending without sending twice.
  const sending = useRef(false);
  // The summary's own list, while it differs from the fields' messages (set only through readErrors).
  const [ownSummary, setOwnSummary] = useState<FieldErrorItem[] | null>(null);
  const setErrors = useCallback(
    (next: FieldErrorItem[]) => {
      shared.setErrors(next);
      setOwnSummary(null);
    },
    [shared],
  );
  const clear = useCallback(() => setErrors([]), [setErrors]);
  // An error that belongs to no field, shown until the next submit.
  const [problem, setProblem] = useState<string | null>(null);

  // A new source of values: start again, during this render (React's way to reset state when a prop changes).
  const [startedFrom, setStartedFrom] = useState(options.resetKey);
  if (options.resetKey !== startedFrom) {
    setStartedFrom(options.resetKey);
    setValues(options.initial);
    setErrors([]);
    setProblem(null);
  }

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
  }, []);

  const field = (name: StringKeys<V>): BoundField => ({
    id: name,
    value: values[name] as string,
    onChange: (value: string) => set(name, value as V[typeof name]),
    error: errorFor(name),
  });

  const reset = (next?: V) => setValues(next ?? options.initial);

  /** Runs the checks, then sends; resolves true when the values were sent without error (false while sending). */
  async function submitValues(): Promise<boolean> {
    if (sending.current) return false;
    setProblem(null);
    const checked = options.validate?.(values) ?? [];
    const problems = Array.isArray(checked) ? checked : collectErrors(checked);
    setErrors(problems);
    if (problems.length) return false;
    sending.current = true;
    setSubmitting(true);
    try {
      await options.submit(values);
      return true;
    } catch (error) {
      const read = options.readErrors ? options.readErrors(error) : fromError(error);
      if (read && typeof read === 'object') {
        setErrors(read.fields);
        setOwnSummary(read.summary ?? null);
      } else if (!read) {
        const shown = options.onError?.(error);
        if (typeof shown === 'string') setProblem(shown);
        else if (shown) setErrors(shown);
      }
      return false;
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void submitValues();
  }

  return {
    values,
    set,
    setValues,
    reset,
    field,
    errors,
    /** What the error summary lists: the errors, or the summary readErrors gave. */
    summary: ownSummary ?? errors,
    errorFor,
    setErrors,
    clear,
    /** The error that belongs to no field (onError's message), or null; cleared by the next submit. */
    problem,
    setProblem,
    submitting,
    handleSubmit,
    submitValues,
  };
}

/** What useForm returns, for parts of a form drawn by other components. */
export type FormState<V extends object> = ReturnType<typeof useForm<V>>;
