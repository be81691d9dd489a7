// Errors that resolvers and services throw. Each maps to one `extensions.code` of the error contract.
import { ErrorCode, type FieldError } from '@heritage/shared';
import { GraphQLError } from 'graphql';

export class UserInputError extends GraphQLError {
  /** `details`: further extensions the client needs to show the problem (see format-error.ts for which pass). */
  constructor(
    readonly fields: FieldError[],
    message = fields.length === 1 ? fields[0].message : 'Some answers need correcting',
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...details, code: ErrorCode.BadUserInput, fields } });
  }

  static field(field: string, message: string): UserInputError {
    return new UserInputError([{ field, message }]);
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'You need to sign in to do that') {
    super(message, { extensions: { code: ErrorCode.Unauthenticated } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You do not have permission to do that') {
    super(message, { extensions: { code: ErrorCode.Forbidden } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message = 'We could not find that') {
    super(message, { extensions: { code: ErrorCode.NotFound } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.Conflict } });
  }
}
