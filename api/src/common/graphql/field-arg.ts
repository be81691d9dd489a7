// An argument of a field read on every row of a page (`ReactionSummary.reactors(first)`). `@Args` both declares
// the argument in the schema and makes Nest wrap every call of the resolver (parameter factories, the global
// pipe, an async wrapper: docs/development.md, "Hot fields"). FieldArg keeps the declaration and drops the
// wrapping, as long as no other parameter of the resolver has a decorator: the resolver then receives
// graphql's own (parent, args, context) and checks the value itself.
import { Args, type ArgsOptions, PARAM_ARGS_METADATA } from '@nestjs/graphql';

export function FieldArg(name: string, options: ArgsOptions): ParameterDecorator {
  return (target, key, index) => {
    if (key === undefined) throw new Error('FieldArg is for resolver methods');
    Args(name, options)(target, key, index);
    // Remove what @Args registered for Nest's per-call handling of this parameter; the schema's copy stays.
    const params = {
      ...((Reflect.getMetadata(PARAM_ARGS_METADATA, target.constructor, key) ?? {}) as Record<
        string,
        { index: number }
      >),
    };
    for (const [param, { index: at }] of Object.entries(params)) if (at === index) delete params[param];
    if (Object.keys(params).length > 0) Reflect.defineMetadata(PARAM_ARGS_METADATA, params, target.constructor, key);
    else Reflect.deleteMetadata(PARAM_ARGS_METADATA, target.constructor, key);
  };
}
