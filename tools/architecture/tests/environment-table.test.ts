import { describe, expect, it } from 'vitest';
import { documentedVariables, environmentReads, undocumentedVariables } from '../src/environment-table.ts';
import { REPO_ROOT } from '../src/repository.ts';
import { scratchRepository } from './fixture.ts';

const TABLE = 'docs/operations.md';
/** Read only to hand on to a child process unchanged: not configuration of ours. */
const HANDED_ON = ['PATH'];

describe("the environment table of docs/operations.md (the README's)", () => {
  it('names every environment variable the code reads', () => {
    const reads = environmentReads(REPO_ROOT, ['apps', 'packages', 'scripts']);
    expect(reads.size).toBeGreaterThan(30);
    expect(reads.has('MIENSKIP_SEED')).toBe(true);
    for (const name of HANDED_ON) reads.delete(name);
    expect(undocumentedVariables(reads, documentedVariables(REPO_ROOT, TABLE))).toEqual([]);
  });
});

describe('finding reads and rows, on a scratch repository', () => {
  const root = scratchRepository({
    'packages/a/src/server.ts': [
      'const port = process.env.PORT;',
      "const seed = env['MIENSKIP_SEED'];",
      'const level = env.LOG_LEVEL ?? "info";',
      "export const CORS_ORIGINS_ENV = 'MIENSKIP_CORS_ORIGINS';",
      'const lower = env.notAVariable;',
    ].join('\n'),
    'packages/a/tests/server.test.ts': 'process.env.ONLY_IN_TESTS = "1";\n',
    'packages/a/src/server.test.ts': 'process.env.ALSO_ONLY_IN_TESTS = "1";\n',
    'docs/operations.md': [
      '# Operations',
      '## Environment',
      '| variable | meaning |',
      '| --- | --- |',
      '| `PORT`, `LOG_LEVEL` | port; level, not `MIENSKIP_SEED` |',
      '| `OTEL_*` | the SDK |',
      '| `MIENSKIP_GRAPHIQL_PREFILL_KEY=1` | prefill |',
      '## Next',
      '| `MIENSKIP_SEED` | documented in another section: does not count |',
    ].join('\n'),
  });

  it('finds process.env.X, env.X, env["X"] and *_ENV constants, outside tests', () => {
    expect([...environmentReads(root, ['packages']).keys()].sort()).toEqual([
      'LOG_LEVEL',
      'MIENSKIP_CORS_ORIGINS',
      'MIENSKIP_SEED',
      'PORT',
    ]);
  });

  it('reads the names in the first column of the Environment section only, wildcards included', () => {
    const documented = documentedVariables(root, 'docs/operations.md');
    expect(documented).toEqual(['PORT', 'LOG_LEVEL', 'OTEL_*', 'MIENSKIP_GRAPHIQL_PREFILL_KEY']);
    const reads = new Map([
      ['PORT', 'a.ts'],
      ['OTEL_BSP_DELAY', 'b.ts'],
      ['MIENSKIP_SEED', 'c.ts'],
    ]);
    expect(undocumentedVariables(reads, documented)).toEqual(['MIENSKIP_SEED (read in c.ts)']);
  });
});
