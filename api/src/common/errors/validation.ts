// The global validation pipe: every resolver argument (and REST body, query and URL segment) passes here.
// - NUL characters are refused in any string, however deep, with the field's path: PostgreSQL cannot store
//   them, so without this they surfaced as 500s from a dozen operations. (Search words, which turn control
//   characters into spaces themselves, are checked after that normaliser and so pass.)
// - class-validator failures become BAD_USER_INPUT with one message per field; a malformed target id
//   (IsId({ notFound }), common/validation/uuid.ts) becomes NOT_FOUND when it is the only problem.
import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@heritage/shared';
import { TARGET_ID_CONSTRAINT } from '../validation/uuid';
import { NotFoundError, UserInputError } from './app-errors';

interface Failure extends FieldError {
  constraint: string;
}

function flatten(errors: ValidationError[], prefix = ''): Failure[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {})
      .slice(0, 1)
      .map(([constraint, message]) => ({ field, message, constraint }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

export const NUL_MESSAGE = 'Remove the invisible NUL character (\\u0000) from this answer';

/** The path of the first string holding U+0000 in `value` (fields joined with dots, list items by index). */
export function findNul(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  // GraphQL's depth limit bounds real inputs long before this; the bound only guards the walk itself.
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, item] of entries) {
    const found = findNul(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const INPUT = new Set<string>(['body', 'query', 'param']);

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // After the DTOs' own normalisers, so a field that cleans control characters itself (search words) may.
    const transformed: unknown = await super.transform(value, metadata);
    // GraphQL arguments arrive as 'body'; context, info and custom decorators ('custom') are not input.
    if (!INPUT.has(metadata.type)) return transformed;
    // Field names follow the class-validator messages: a scalar or list argument is named by the argument
    // (`reason`, `preferences.0.kind`), an args or input class by its own fields (`body`, `caseStudy.duration`).
    const prefix = typeof transformed === 'string' || Array.isArray(transformed) ? (metadata.data ?? '') : '';
    const found = findNul(transformed, prefix);
    if (found === undefined) return transformed;
    // REST handlers answer the contract's errors with their HTTP status (graphql-exception.filter.ts).
    throw UserInputError.field(found || metadata.data || 'input', NUL_MESSAGE);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => {
      const failures = flatten(errors);
      const others = failures.filter((f) => f.constraint !== TARGET_ID_CONSTRAINT);
      if (others.length === 0 && failures.length > 0) return new NotFoundError(failures[0].message);
      return new UserInputError(others.map(({ field, message }) => ({ field, message })));
    },
  });
}
