// What a request's document selects below a field, for resolvers that read a page's relations once for all its
// rows (and set them on the plain objects they return) instead of letting every row's field ask a loader. They
// read only what the document asks for, so a page runs the statements its fields would have run, no more.
// @skip and @include are not evaluated: a field they leave out still counts as asked for.
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** Whether a selection (fields and inline fragments; named fragments count as asking) names one of `fields`. */
export function asksFor(set: SelectionSetNode | undefined, fields: ReadonlySet<string>): boolean {
  return (set?.selections ?? []).some((node) => {
    if (node.kind === Kind.FRAGMENT_SPREAD) return true;
    if (node.kind === Kind.INLINE_FRAGMENT) return asksFor(node.selectionSet, fields);
    return fields.has(node.name.value) || asksFor(node.selectionSet, fields);
  });
}

/** The fields of a selection set, with inline and named fragments spread into it. */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (set?.selections ?? []).flatMap((node) => {
    if (node.kind === Kind.FIELD) return [node];
    if (node.kind === Kind.INLINE_FRAGMENT) return fieldsOf(node.selectionSet, info);
    return fieldsOf(info.fragments[node.name.value]?.selectionSet, info);
  });
}

/** The `nodes` and `edges { node }` fields of the connection being resolved. */
function nodeSelections(info: GraphQLResolveInfo): FieldNode[] {
  return info.fieldNodes
    .flatMap((node) => fieldsOf(node.selectionSet, info))
    .flatMap((field) =>
      field.name.value === 'nodes'
        ? [field]
        : field.name.value === 'edges'
          ? fieldsOf(field.selectionSet, info).filter((f) => f.name.value === 'node')
          : [],
    );
}

/** The names of the fields selected on the nodes of the connection being resolved (`nodes` and `edges.node`). */
export function nodeFields(info: GraphQLResolveInfo): Set<string> {
  return new Set(nodeSelections(info).flatMap((node) => fieldsOf(node.selectionSet, info).map((f) => f.name.value)));
}

/** The fields at `path` below the connection's nodes: `['reactions', 'reactors']` for `nodes { reactions { reactors } }`. */
export function nodeFieldsAt(info: GraphQLResolveInfo, ...path: string[]): FieldNode[] {
  let level = nodeSelections(info);
  for (const name of path) {
    level = level.flatMap((node) => fieldsOf(node.selectionSet, info)).filter((f) => f.name.value === name);
  }
  return level;
}

/**
 * The names of the fields selected below `field` of the connection's nodes (`edges { node { thread { … } } }`):
 * what a page's one read needs to know about a relation of its rows.
 */
export function nodeFieldsBelow(info: GraphQLResolveInfo, field: string): Set<string> {
  return new Set(
    nodeFieldsAt(info, field).flatMap((node) => fieldsOf(node.selectionSet, info).map((f) => f.name.value)),
  );
}
