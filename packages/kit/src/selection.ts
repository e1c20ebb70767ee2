import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects any of `names` on its result, directly or through
 * fragments. Lets a list read what its items' fields will need beside itself, in one wave of
 * statements instead of two (issue 19). `@skip`/`@include` are not evaluated: a field they leave out
 * may be read for nothing, never missed.
 */
export function selectsAnyOf(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const visited = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === 'Field') return names.includes(selection.name.value);
      if (selection.kind === 'InlineFragment') return search(selection.selectionSet);
      const name = selection.name.value;
      if (visited.has(name)) return false;
      visited.add(name);
      return search(info.fragments[name]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
