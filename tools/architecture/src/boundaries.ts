import type { ImportGraph } from './import-graph.ts';

export interface Boundaries {
  /** The subgraph packages' directories, e.g. `packages/clients`. */
  subgraphDirs: readonly string[];
  /** The gateway's directory, `apps/gateway`. */
  gatewayDir: string;
}

const within = (file: string, dir: string) => file.startsWith(`${dir}/`);

/**
 * Imports that cross a boundary of the house: a subgraph package importing another subgraph
 * package (they meet only through the supergraph), or the gateway importing any subgraph package.
 */
export function boundaryProblems(graph: ImportGraph, { subgraphDirs, gatewayDir }: Boundaries): string[] {
  const problems: string[] = [];
  for (const { file, imports } of graph.values()) {
    const own = subgraphDirs.find((dir) => within(file, dir));
    const isGateway = within(file, gatewayDir);
    if (!own && !isGateway) continue;
    for (const dependency of imports) {
      const target =
        subgraphDirs.find((dir) => within(dependency.resolved, dir)) ??
        subgraphDirs.find((dir) => dependency.specifier === `@mienskip/${dir.split('/').pop()}`);
      if (target && target !== own)
        problems.push(`${file} imports ${dependency.specifier} (the subgraph ${target})`);
    }
  }
  return problems;
}
