import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, below the field being resolved, for the fields along `path` (e.g.
 * `['measures', 'updates']`), through fragments and inline fragments. A resolver uses it to start a
 * load the fields below will need in the same round trip as its own; directives are not evaluated, so
 * a field skipped by `@skip` counts as asked (at worst a load nobody reads).
 */
export function selectsPath(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const below: SelectionSetNode[] = [];
    let found = false;
    const visit = (set: SelectionSetNode): void => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value !== name) continue;
          found = true;
          if (selection.selectionSet) below.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else {
          const fragment = info.fragments[selection.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    if (!found) return false;
    sets = below;
  }
  return true;
}
