// The global validation pipe: every resolver argument (and REST body, query and URL segment) passes here.
// - NUL characters and lone UTF-16 surrogates are refused in any string, however deep, with the field's path:
//   PostgreSQL cannot store NUL and no UTF-8 carries half a surrogate pair, so without this they surfaced as
//   500s from a dozen operations. (Search words, which turn control
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
export const BROKEN_TEXT_MESSAGE = 'Remove the broken character (half of an emoji or symbol) from this answer';

// A UTF-16 surrogate without its other half: no UTF-8 can carry it, and encodeURIComponent throws on it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string no field may hold, if anything. */
function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return BROKEN_TEXT_MESSAGE;
  return undefined;
}

/** The first string in `value` that no field may hold: its path (dots; list items by index) and the message. */
export function findBadText(value: unknown, path = '', depth = 0): FieldError | undefined {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message === undefined ? undefined : { field: path, message };
  }
  // GraphQL's depth limit bounds real inputs long before this; the bound only guards the walk itself.
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, item] of entries) {
    const found = findBadText(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const INPUT = new Set<string>(['body', 'query', 'param']);

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // After the DTOs' own normalisers, so a field that cleans control characters itself (search words) may.
    let transformed: unknown;
    try {
      transformed = await super.transform(value, metadata);
    } catch (error) {
      // A validator that cannot cope with broken text (validator.js's isEmail throws on a lone surrogate)
      // must not turn it into a 500: say what is wrong with the text instead.
      const broken = INPUT.has(metadata.type) && !(error instanceof UserInputError) ? findBadText(value) : undefined;
      if (broken === undefined || error instanceof NotFoundError) throw error;
      throw UserInputError.field(broken.field || metadata.data || 'input', broken.message);
    }
    // GraphQL arguments arrive as 'body'; context, info and custom decorators ('custom') are not input.
    if (!INPUT.has(metadata.type)) return transformed;
    // Field names follow the class-validator messages: a scalar or list argument is named by the argument
    // (`reason`, `preferences.0.kind`), an args or input class by its own fields (`body`, `caseStudy.duration`).
    const prefix = typeof transformed === 'string' || Array.isArray(transformed) ? (metadata.data ?? '') : '';
    const found = findBadText(transformed, prefix);
    if (found === undefined) return transformed;
    // REST handlers answer the contract's errors with their HTTP status (graphql-exception.filter.ts).
    throw UserInputError.field(found.field || metadata.data || 'input', found.message);
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
