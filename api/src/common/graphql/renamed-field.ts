// A field or argument renamed in the schema (`categoryId` → `spaceId`, docs/api.md "Spaces, not categories"). The
// schema deprecates before it removes: the new name is added beside the old one, both nullable, the old one
// `@deprecated`, until no client sends it. Both are properties of the same input or args class:
//
//   @Field(() => ID, { nullable: true, description: 'The space to start it in (required).' })
//   @RenamedFrom('categoryId', { required: 'Choose a space' })
//   @IsId({ invalid: 'Choose a space' })
//   spaceId?: string | null;
//
//   @DeprecatedField('spaceId', () => ID)
//   @IsId({ invalid: 'Choose a space' })
//   categoryId?: string | null;
//
// The value rules are repeated on both, so either name gets the same messages. The code reads the value with
// `renamed(input, 'spaceId', 'categoryId')`, which also says which name it came under: an error found later
// (a space the member cannot read) is reported on the field the client filled in.
import { Field, type ReturnTypeFunc } from '@nestjs/graphql';
import { IsOptional, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';

/** Said on every deprecated field or argument that was renamed, and in docs/api.md. */
export const renamedReason = (name: string): string => `Use ${name} instead.`;

const isGiven = (value: unknown): boolean => value !== undefined && value !== null;

/** The old name of a renamed field: nullable, optional, deprecated in favour of `name`. */
export function DeprecatedField(name: string, type: ReturnTypeFunc): PropertyDecorator {
  return (target, key) => {
    Field(type, { nullable: true, deprecationReason: renamedReason(name) })(target, key);
    IsOptional()(target, key);
  };
}

/**
 * The new name of a renamed field, put on that property. `required`: one of the two must be given (the message
 * when neither is), and exactly one: both are refused. Otherwise both may be left out, and both may be given only
 * with the same value (a filter kept in an old link may carry both). Refusals are BAD_USER_INPUT on this field.
 */
export function RenamedFrom(old: string, options: { required?: string } = {}): PropertyDecorator {
  const { required } = options;
  return (target, key) => {
    const name = String(key);
    const both = required
      ? `Give ${name} or the deprecated ${old}, not both`
      : `Give ${name} or the deprecated ${old}, not both with different values`;
    // Required: checked unless only the old name was given (then the old property's own rules check it).
    if (required) ValidateIf((o: Record<string, unknown>) => isGiven(o[name]) || !isGiven(o[old]))(target, key);
    ValidateBy({
      name: 'renamedFrom',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown> | undefined)?.[old];
          if (!isGiven(value)) return !required || isGiven(other);
          return !isGiven(other) || (!required && other === value);
        },
        defaultMessage: (args?: ValidationArguments) => (isGiven(args?.value) ? both : (required ?? both)),
      },
    })(target, key);
  };
}

/** A renamed field's value (undefined when neither name was given) and the name it was given under. */
export interface Renamed<V> {
  value: V | undefined;
  field: string;
}

/** Reads a renamed field from a validated input: the new name when given, else the deprecated one. */
export function renamed<T extends object, K extends keyof T & string, L extends keyof T & string>(
  input: T,
  name: K,
  old: L,
): Renamed<NonNullable<T[K]>> {
  if (isGiven(input[name])) return { value: input[name] as NonNullable<T[K]>, field: name };
  if (isGiven(input[old])) return { value: input[old] as unknown as NonNullable<T[K]>, field: old };
  return { value: undefined, field: name };
}
