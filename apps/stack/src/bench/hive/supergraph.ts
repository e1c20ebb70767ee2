import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../services.ts';

export const SUPERGRAPH_PATH = join(REPO_ROOT, 'apps', 'gateway', 'schema', 'supergraph.graphql');

/**
 * The composed supergraph with each subgraph's URL replaced by where the bench runs it (`urls`:
 * each subgraph's base URL by name). Every subgraph of the supergraph must be given one.
 */
export function supergraphAt(
  urls: Readonly<Record<string, string>>,
  supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8'),
): string {
  const named = new Set<string>();
  const rewritten = supergraph.replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (_whole, name: string) => {
      const base = urls[name];
      if (!base) throw new Error(`The bench runs no subgraph "${name}" of the supergraph`);
      named.add(name);
      return `@join__graph(name: "${name}", url: "${base}/graphql")`;
    },
  );
  if (named.size === 0) throw new Error('The supergraph names no subgraph (@join__graph)');
  return rewritten;
}
