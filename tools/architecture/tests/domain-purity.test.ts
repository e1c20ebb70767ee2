import { describe, expect, it } from 'vitest';
import { domainImportProblems, kitRulesProblems } from '../src/domain-purity.ts';
import { importGraph } from '../src/import-graph.ts';
import { KIT_FILES, KIT_LINK, scratchRepository } from './fixture.ts';

describe('domain purity, broken on purpose', () => {
  const root = scratchRepository(
    {
      ...KIT_FILES,
      'packages/demo/src/domain/rule.ts': [
        "import { randomUUID } from 'node:crypto';",
        "import { isMoney } from '@mienskip/kit/rules';",
        "import { LIMIT } from './limits.ts';",
        'export const check = (text: string) => isMoney(text) && text.length < LIMIT && randomUUID();',
      ].join('\n'),
      'packages/demo/src/domain/limits.ts': 'export const LIMIT = 20;\n',
      'packages/demo/src/domain/impure.ts': [
        "import { eq } from 'drizzle-orm';",
        "import type { Row } from '../db/tables.ts';",
        "import { readFileSync } from 'node:fs';",
        "import { log } from '@mienskip/kit/access-log';",
        'export const impure = (row: Row) => [eq, readFileSync, log, row];',
      ].join('\n'),
      'packages/demo/src/domain/rule.test.ts': "import { it } from 'vitest';\nit('runs', () => {});\n",
      'packages/demo/src/db/tables.ts': 'export type Row = { id: string };\n',
    },
    KIT_LINK,
  );

  it('names every import of a domain file outside its folder, kit/rules and pure built-ins', async () => {
    const graph = await importGraph(root, ['packages']);
    expect(domainImportProblems(graph).sort()).toEqual([
      'packages/demo/src/domain/impure.ts imports ../db/tables.ts',
      'packages/demo/src/domain/impure.ts imports @mienskip/kit/access-log',
      'packages/demo/src/domain/impure.ts imports drizzle-orm',
      'packages/demo/src/domain/impure.ts imports fs',
    ]);
    expect(kitRulesProblems(graph)).toEqual([]);
  });

  it('names what makes @mienskip/kit/rules impure', async () => {
    const impureKit = scratchRepository({
      ...KIT_FILES,
      'packages/kit/src/money.ts': [
        "import { readFileSync } from 'node:fs';",
        "import type { Pool } from 'pg';",
        "import { round } from 'decimals';",
        "import { parse } from './parse.ts';",
        'export const isMoney = (text: string, pool?: Pool) => parse(text) && readFileSync && pool && round;',
      ].join('\n'),
      'packages/kit/src/parse.ts':
        "import { id } from '../../demo/src/id.ts';\nexport const parse = (text: string) => id(text);\n",
      'packages/demo/src/id.ts': 'export const id = (text: string) => text;\n',
      'node_modules/decimals/package.json': '{ "name": "decimals", "main": "index.js" }',
      'node_modules/decimals/index.js': 'exports.round = Math.round;\n',
    });
    const graph = await importGraph(impureKit, ['packages/kit/src/rules.ts']);
    expect(kitRulesProblems(graph).sort()).toEqual([
      'packages/kit/src/money.ts imports decimals, an installed package',
      'packages/kit/src/money.ts imports fs, a built-in that does I/O',
      'packages/kit/src/money.ts imports pg, which does not resolve',
      'packages/kit/src/parse.ts imports ../../demo/src/id.ts, outside the kit',
    ]);
  });
});
