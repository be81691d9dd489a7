// Turns class-validator failures on GraphQL inputs into BAD_USER_INPUT with one message per field.
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@heritage/shared';
import { UserInputError } from './app-errors';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {})
      .slice(0, 1)
      .map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new UserInputError(flatten(errors)),
  });
}
