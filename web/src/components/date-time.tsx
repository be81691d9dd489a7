// Dates from the API (the DateTime scalar, ISO 8601 text) as <time> elements people can read.
import { formatAge, formatDate, formatDateTime } from './format';

/** The generated types leave custom scalars as `unknown`; DateTime is always ISO text. */
export function isoText(value: unknown): string {
  return String(value);
}

/** "3 June 2025", or "3 June 2025 at 2:05 pm" with `withTime`. */
export function DateTime({ value, withTime = false }: { value: unknown; withTime?: boolean }) {
  const iso = isoText(value);
  return <time dateTime={iso}>{withTime ? formatDateTime(iso) : formatDate(iso)}</time>;
}

/** "3 days ago", "just now"; the date itself once it is over 4 weeks old. */
export function ageOf(value: unknown): string {
  return formatAge(isoText(value));
}
