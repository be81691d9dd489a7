// Input normalisers shared by every module's DTOs (class-transformer runs them before validation).
import { Transform } from 'class-transformer';

/** Surrounding spaces are never meant: "  Ada " is "Ada". */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Blank filters and choices (an empty select) mean "none": null. */
export const BlankAsNull = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));

/** Ticking the same box twice means once. */
export const Dedupe = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value));

/** "2,000 characters or fewer", as people read numbers. */
export const orFewer = (label: string, max: number): string =>
  `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`;
