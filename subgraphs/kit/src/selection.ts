import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields asked under `path` (e.g. `['items']`) of the field being resolved, through
 * fragments and inline fragments and across aliases; null when a directive (`@skip`, `@include`) makes the
 * answer depend on variables, so a caller falls back to reading everything.
 */
export function fieldsAsked(info: GraphQLResolveInfo, path: string[]): Set<string> | null {
  const names = new Set<string>();
  let conditional = false;
  const collect = (set: SelectionSetNode | undefined, depth: number) => {
    for (const selection of set?.selections ?? []) {
      if (selection.directives?.length) conditional = true;
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length) names.add(selection.name.value);
        else if (selection.name.value === path[depth]) collect(selection.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, depth);
      } else {
        collect(info.fragments[selection.name.value]?.selectionSet, depth);
      }
    }
  };
  for (const node of info.fieldNodes as FieldNode[]) collect(node.selectionSet, 0);
  return conditional ? null : names;
}
