import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceEntry, SubgraphEntry } from '@mienskip/kit/catalogue';
import { foldersIn, readText } from './repository.ts';

export interface Catalogue {
  subgraphs: readonly SubgraphEntry[];
  gateway: ServiceEntry;
  /** The access log's owner: a subgraph without read/write scopes of its own. */
  accessLogService: string;
  /** Every scope a key can hold. */
  scopes: readonly string[];
}

/** `packages/*` folders whose `src/server.ts` starts a subgraph (`runSubgraph`). */
export function subgraphPackages(root: string): string[] {
  return foldersIn(root, 'packages').filter((dir) => {
    const server = join(dir, 'src/server.ts');
    return existsSync(join(root, server)) && /^\s*(await\s+)?runSubgraph\(/m.test(readText(root, server));
  });
}

/**
 * What the catalogue of services gets wrong: a subgraph package it does not list, an entry without
 * its directory or committed schema, a name or port used twice, a data subgraph without its
 * `<name>:read` and `<name>:write` scopes.
 */
export function catalogueProblems(root: string, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const listed = new Set(catalogue.subgraphs.map((entry) => entry.dir));
  for (const dir of subgraphPackages(root))
    if (!listed.has(dir)) problems.push(`${dir} starts a subgraph but is not in the catalogue`);
  const services: ServiceEntry[] = [...catalogue.subgraphs, catalogue.gateway];
  for (const [what, values] of [
    ['name', services.map((service) => service.name)],
    ['port', services.map((service) => String(service.port))],
  ] as const) {
    const twice = values.filter((value, index) => values.indexOf(value) !== index);
    for (const value of new Set(twice))
      problems.push(`the ${what} ${value} is in the catalogue more than once`);
  }
  for (const entry of catalogue.subgraphs) {
    if (!existsSync(join(root, entry.dir))) problems.push(`${entry.name}: no directory ${entry.dir}`);
    if (!existsSync(join(root, entry.schemaFile)))
      problems.push(`${entry.name}: no committed schema ${entry.schemaFile}`);
    if (entry.name === catalogue.accessLogService) continue;
    for (const scope of [`${entry.name}:read`, `${entry.name}:write`])
      if (!catalogue.scopes.includes(scope)) problems.push(`${entry.name}: no scope ${scope} in the scopes`);
  }
  return problems;
}
