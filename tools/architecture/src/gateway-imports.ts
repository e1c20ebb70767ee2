import type { ImportGraph } from './import-graph.ts';

export interface GatewayImports {
  /** `apps/gateway/src/`: what the gateway runs (its tests may start subgraphs' helpers). */
  gatewaySrc: string;
  /** The kit's entry points (`rules`, `token`, ...), from its package.json `exports`. */
  kitEntries: readonly string[];
  /** Entries that build subgraph schemas and servers (and load Pothos): never the gateway's. */
  forbiddenEntries: readonly string[];
}

const KIT = '@mienskip/kit';

/**
 * The gateway imports the kit through its entry points only, never `schema` or `server`, and
 * nothing it runs loads Pothos (the subgraph schema builder), directly or through the kit.
 */
export function gatewayImportProblems(graph: ImportGraph, options: GatewayImports): string[] {
  const problems: string[] = [];
  const starts = [...graph.keys()].filter((file) => file.startsWith(options.gatewaySrc));
  for (const file of starts) {
    for (const { specifier } of graph.get(file)!.imports) {
      if (specifier !== KIT && !specifier.startsWith(`${KIT}/`)) continue;
      const entry = specifier.slice(KIT.length + 1);
      if (!options.kitEntries.includes(entry)) problems.push(`${file} imports ${specifier}, not a kit entry`);
      else if (options.forbiddenEntries.includes(entry)) problems.push(`${file} imports ${specifier}`);
    }
  }
  const seen = new Set<string>();
  const visit = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dependency of graph.get(file)?.imports ?? []) {
      if (dependency.specifier.startsWith('@pothos/'))
        problems.push(`the gateway loads ${dependency.specifier} through ${[...path, file].join(' → ')}`);
      else if (graph.has(dependency.resolved)) visit(dependency.resolved, [...path, file]);
    }
  };
  for (const file of starts) visit(file, []);
  return problems;
}
