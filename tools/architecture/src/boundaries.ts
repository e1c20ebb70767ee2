import type { ImportGraph } from './import-graph.ts';

export interface Boundaries {
  /** The subgraph packages' directories, e.g. `packages/clients`. */
  subgraphDirs: readonly string[];
  /** The gateway's directory, `apps/gateway`. */
  gatewayDir: string;
}

const within = (file: string, dir: string) => file.startsWith(`${dir}/`);

/**
 * The one crossing allowed: a subgraph's seed (`src/db/`) may build on another subgraph's synthetic
 * generator, its `./synthetic` export, so that the seeded world is one (the youth cases are about the
 * households clients seeds). Never its schema, store, domain or tables.
 */
const isSyntheticSeedImport = (file: string, own: string, target: string, specifier: string) =>
  within(file, `${own}/src/db`) &&
  (specifier === `@mienskip/${target.split('/').pop()}/synthetic` ||
    specifier.endsWith('/src/db/synthetic.ts'));

/**
 * Imports that cross a boundary of the house: a subgraph package importing another subgraph
 * package (they meet only through the supergraph; a seed may read another's synthetic generator), or
 * the gateway importing any subgraph package.
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
        subgraphDirs.find((dir) => {
          const name = `@mienskip/${dir.split('/').pop()}`;
          return dependency.specifier === name || dependency.specifier.startsWith(`${name}/`);
        });
      if (
        target &&
        target !== own &&
        !(own && isSyntheticSeedImport(file, own, target, dependency.specifier))
      )
        problems.push(`${file} imports ${dependency.specifier} (the subgraph ${target})`);
    }
  }
  return problems;
}
