import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SUBGRAPHS, type SubgraphEntry, type SubgraphName } from '@mienskip/kit/catalogue';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { REPO_ROOT } from '../src/services.ts';

function isDefinitionOf(name: string, value: unknown): value is SubgraphDefinition {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === name &&
    'schema' in value &&
    'migrationsFolder' in value
  );
}

/**
 * A subgraph's definition, found through its catalogue entry: the `SubgraphDefinition` its package's
 * `src/index.ts` exports. The stack knows the subgraphs only through the catalogue, so a new entry
 * is started by every cross-subgraph test without a line changed here.
 */
export async function loadDefinition(entry: SubgraphEntry): Promise<SubgraphDefinition> {
  const file = join(REPO_ROOT, entry.dir, 'src/index.ts');
  const module: Record<string, unknown> = await import(pathToFileURL(file).href);
  const definition = Object.values(module).find((value) => isDefinitionOf(entry.name, value));
  if (!definition) throw new Error(`${file} exports no SubgraphDefinition named "${entry.name}"`);
  return definition;
}

/** Every subgraph's definition, by name. */
export async function loadDefinitions(): Promise<Record<SubgraphName, SubgraphDefinition>> {
  const definitions = await Promise.all(
    SUBGRAPHS.map(async (entry) => [entry.name, await loadDefinition(entry)] as const),
  );
  return Object.fromEntries(definitions) as Record<SubgraphName, SubgraphDefinition>;
}
