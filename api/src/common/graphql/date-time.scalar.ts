// The schema's DateTime: Nest's own scalar with a strict reading of what clients send. Nest's parses any
// string with `new Date(…)`, so "2026-02-30T10:00:00Z" became 2 March and "1" became the year 2001. This one
// accepts an RFC 3339 date-time (a "T", seconds and fraction optional, "Z" or an offset) whose day exists
// in its month; anything else becomes an invalid Date, which the inputs' `@IsDate` answers on the field
// (BAD_USER_INPUT with the field's own message), as they answer a malformed string today.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

/** The instant `value` names, or an invalid Date when it is not a real RFC 3339 date-time. */
export function parseDateTime(value: string): Date {
  const match = RFC3339.exec(value);
  if (!match) return new Date(Number.NaN);
  const [, year, month, day] = match.map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return new Date(Number.NaN);
  return new Date(value);
}

export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue(value) {
    if (typeof value !== 'string') throw new GraphQLError('DateTime must be a string such as 2026-03-02T09:30:00Z');
    return parseDateTime(value);
  },
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseLiteral(ast) {
    return ast.kind === Kind.STRING ? parseDateTime(ast.value) : null;
  },
});

/** Nest's `scalarsMap`, used by the app and by the schema writer alike. */
export const GRAPHQL_SCALARS = [{ type: Date, scalar: DateTimeScalar }];
