import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_LOG_SERVICE, GATEWAY, SUBGRAPHS } from '@mienskip/kit/catalogue';
import { SCOPES } from '@mienskip/kit/scopes';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundaryProblems } from '../src/boundaries.ts';
import { catalogueProblems, subgraphPackages } from '../src/catalogue.ts';
import { importCycles } from '../src/cycles.ts';
import { domainImportProblems, kitRulesProblems } from '../src/domain-purity.ts';
import { gatewayImportProblems } from '../src/gateway-imports.ts';
import { type ImportGraph, importGraph } from '../src/import-graph.ts';
import { outsideReferences } from '../src/outside-references.ts';
import { REPO_ROOT } from '../src/repository.ts';
import { unlistedRuleIds } from '../src/rule-ids.ts';

// The rules of the house, checked on the repository. Each check is shown to fail on a broken
// fixture in the test file named after it.

let graph: ImportGraph;
beforeAll(async () => {
  graph = await importGraph(REPO_ROOT, ['packages', 'apps/gateway']);
});

const kitEntries = Object.keys(
  JSON.parse(readFileSync(join(REPO_ROOT, 'packages/kit/package.json'), 'utf8')).exports,
).map((entry) => entry.replace(/^\.\//, ''));

describe('the repository', () => {
  it('reads every package', () => {
    expect(graph.has('packages/kit/src/rules.ts')).toBe(true);
    expect(graph.has('apps/gateway/src/server.ts')).toBe(true);
    for (const { dir } of SUBGRAPHS) expect(graph.has(`${dir}/src/index.ts`), dir).toBe(true);
  });

  it('has pure domains: a src/domain/ imports its own folder, pure built-ins and @mienskip/kit/rules only', () => {
    expect([...graph.keys()].filter((file) => file.includes('/src/domain/')).length).toBeGreaterThan(10);
    expect(domainImportProblems(graph)).toEqual([]);
  });

  it('keeps @mienskip/kit/rules pure: no installed package, no I/O, nothing outside the kit', () => {
    expect(kitRulesProblems(graph)).toEqual([]);
  });

  it('has no import cycle inside the kit (type-only imports count)', () => {
    expect(importCycles(graph, 'packages/kit/src/')).toEqual([]);
  });

  it('has no subgraph importing another, and a gateway importing none', () => {
    const subgraphDirs = [...new Set([...SUBGRAPHS.map(({ dir }) => dir), ...subgraphPackages(REPO_ROOT)])];
    expect(boundaryProblems(graph, { subgraphDirs, gatewayDir: GATEWAY.dir })).toEqual([]);
  });

  it('has a gateway that imports kit entries only, never schema or server, and loads no Pothos', () => {
    expect(kitEntries).toContain('token');
    expect(
      gatewayImportProblems(graph, {
        gatewaySrc: `${GATEWAY.dir}/src/`,
        kitEntries,
        forbiddenEntries: ['schema', 'server'],
      }),
    ).toEqual([]);
  });

  it('lists every subgraph in the catalogue of services, each with its directory, schema, port and scopes', () => {
    expect(
      catalogueProblems(REPO_ROOT, {
        subgraphs: SUBGRAPHS,
        gateway: GATEWAY,
        accessLogService: ACCESS_LOG_SERVICE,
        scopes: SCOPES,
      }),
    ).toEqual([]);
  });

  it('lists every rule id named in code and tests in docs/rules.md', () => {
    const unlisted = unlistedRuleIds(REPO_ROOT, ['packages', 'apps'], 'docs/rules.md');
    expect(Object.fromEntries(unlisted)).toEqual({});
  });

  it('refers to no document outside the repository', () => {
    expect(
      outsideReferences(REPO_ROOT, ['packages', 'apps', 'docs', 'templates', 'scripts', '.ci', 'README.md']),
    ).toEqual([]);
  });
});
