import type { ImportGraph } from './import-graph.ts';

/**
 * The import cycles among the files under `prefix` (e.g. `packages/kit/src/`), each as its files in
 * order, type-only imports included. Tarjan's strongly connected components: every component of
 * more than one file, or a file importing itself, is a cycle.
 */
export function importCycles(graph: ImportGraph, prefix: string): string[][] {
  const files = [...graph.keys()].filter((file) => file.startsWith(prefix)).sort();
  const edges = (file: string) =>
    [...new Set((graph.get(file)?.imports ?? []).map((dependency) => dependency.resolved))]
      .filter((target) => target.startsWith(prefix) && graph.has(target))
      .sort();
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const target of edges(file)) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges(file).includes(file)) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return cycles;
}
