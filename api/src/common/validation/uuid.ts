// The one id check. Ids arrive as GraphQL `ID`s (any string) or URL segments; a malformed one must never reach
// SQL's `::uuid` cast (a 500). The rule, applied here at the edge and documented in docs/api.md ("Ids"):
// - an id naming what the operation reads or changes (`thread(id)`, `createPost(input.threadId)`) is NOT_FOUND
//   with the message of a missing one: a malformed id names nothing;
// - an id chosen as a filter or an option within the input (`auditLog(targetId)`, `threads(filter.authorId)`,
//   `createThread(input.categoryId)`) is BAD_USER_INPUT on that field.
import { NotFoundException, Param, type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { ValidateBy } from 'class-validator';
import { NotFoundError, UserInputError } from '../errors/app-errors';

/** A UUID's text form; match case-insensitively. (Mentions find ids in text with shared's MENTION_SOURCE.) */
const UUID_SOURCE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const UUID = new RegExp(`^${UUID_SOURCE}$`, 'i');

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** "We could not find that thread": the same words for a missing, unreadable and malformed id. */
export const notFoundMessage = (thing: string): string => `We could not find that ${thing}`;

/** `notFound`: the thing the id names (NOT_FOUND); `invalid`: the field message for a chosen id (BAD_USER_INPUT). */
export type IdRule = { notFound: string } | { invalid: string };

/** The class-validator constraint of target ids: the validation pipe answers it with NOT_FOUND (validation.ts). */
export const TARGET_ID_CONSTRAINT = 'isTargetId';

class IdPipe implements PipeTransform<unknown> {
  constructor(
    private readonly field: string,
    private readonly rule: IdRule,
    private readonly http = false,
  ) {}

  transform(value: unknown): unknown {
    if (value === undefined || value === null || isUuid(value)) return value;
    if ('invalid' in this.rule) throw UserInputError.field(this.field, this.rule.invalid);
    const message = notFoundMessage(this.rule.notFound);
    throw this.http ? new NotFoundException(message) : new NotFoundError(message);
  }
}

/** A GraphQL `ID` argument, checked by the rule above: `@IdArg('id', { notFound: 'thread' }) id: string`. */
export function IdArg(
  name: string,
  rule: IdRule,
  options: { nullable?: boolean; description?: string } = {},
): ParameterDecorator {
  return Args(name, { type: () => ID, ...options }, new IdPipe(name, rule));
}

/** A URL segment naming a record: malformed is a 404 like a missing one. */
export function IdParam(name: string, thing: string): ParameterDecorator {
  return Param(name, new IdPipe(name, { notFound: thing }, true));
}

/** An `ID` field of an input or args class (`each` for a list of ids), checked by the rule above. */
export function IsId(rule: IdRule & { each?: boolean }): PropertyDecorator {
  const target = 'notFound' in rule;
  return ValidateBy(
    {
      name: target ? TARGET_ID_CONSTRAINT : 'isChosenId',
      validator: {
        validate: (value: unknown) => isUuid(value),
        defaultMessage: () => (target ? notFoundMessage(rule.notFound) : rule.invalid),
      },
    },
    { each: rule.each },
  );
}
