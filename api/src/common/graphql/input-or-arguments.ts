// One `input:` object per mutation, while old clients still send positional arguments. The schema deprecates
// before it removes: a mutation that took positional arguments keeps them, nullable and deprecated, beside a
// new nullable `input`; exactly one of the two shapes must be given. Every such resolver does it the same way:
//
//   hidePost(@InputArg(() => HidePostInput) input: unknown,
//            @DeprecatedArg('id', () => ID) id: unknown, @DeprecatedArg('reason', () => String) reason: unknown) {
//     const given = await inputOrArguments(HidePostInput, input, { id, reason });
//
// The parameters are `unknown` on purpose: the global pipe then passes them through (apart from its NUL and
// broken-text check), and `inputOrArguments` validates whichever shape was sent against the input class's own
// rules, so both shapes get the same messages and codes (a malformed target id is NOT_FOUND, docs/api.md).
import type { Type } from '@nestjs/common';
import { Args, type ReturnTypeFunc } from '@nestjs/graphql';
import { UserInputError } from '../errors/app-errors';
import { createValidationPipe } from '../errors/validation';

const pipe = createValidationPipe();

/** Said on every deprecated positional argument, and in docs/api.md ("Inputs"). */
export const deprecatedArgument = (name: string, inputName = name): string => `Use input.${inputName} instead.`;

/** The mutation's `input:` argument: nullable only while its deprecated positional arguments remain. */
export function InputArg(type: () => Type<unknown>): ParameterDecorator {
  return Args('input', {
    type,
    nullable: true,
    description: 'Required: give input or the deprecated arguments, not both (BAD_USER_INPUT otherwise).',
  });
}

/**
 * A positional argument kept for old clients: nullable, and deprecated in favour of `input.<inputName>` (its own
 * name unless the input's field was renamed since: `moveThread(categoryId)` → `input.spaceId`).
 */
export function DeprecatedArg(name: string, type: ReturnTypeFunc, inputName = name): ParameterDecorator {
  return Args(name, { type, nullable: true, deprecationReason: deprecatedArgument(name, inputName) });
}

const isGiven = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * The mutation's input, from exactly one of the two shapes, validated by `type`'s decorators. `args` holds every
 * deprecated argument by its name (each is a field of `type` with the same name). BAD_USER_INPUT on `input` for
 * both shapes or neither; on the first missing argument when only some of the deprecated ones are given.
 */
export async function inputOrArguments<T extends object>(
  type: Type<T>,
  input: unknown,
  args: Record<string, unknown>,
): Promise<T> {
  const names = Object.keys(args);
  const given = names.filter((name) => isGiven(args[name]));
  const list = names.join(', ');
  if (isGiven(input)) {
    if (given.length > 0) {
      throw UserInputError.field('input', `Give either input or the deprecated arguments (${list}), not both`);
    }
    return validated(type, input);
  }
  if (given.length === 0) throw UserInputError.field('input', 'Give input');
  const missing = names.filter((name) => !given.includes(name));
  if (missing.length > 0) {
    throw UserInputError.field(
      missing[0],
      `Give input, or every one of the deprecated arguments (${list}): ${missing.join(', ')} missing`,
    );
  }
  return validated(type, args);
}

async function validated<T extends object>(type: Type<T>, value: unknown): Promise<T> {
  return (await pipe.transform(value, { type: 'body', metatype: type, data: 'input' })) as T;
}
