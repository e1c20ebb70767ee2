import { describe, expect, it } from 'vitest';
import { gatewayImportProblems } from '../src/gateway-imports.ts';
import { importGraph } from '../src/import-graph.ts';
import { scratchRepository } from './fixture.ts';

describe("the gateway's kit imports, broken on purpose", () => {
  const root = scratchRepository({
    'apps/gateway/src/server.ts': [
      "import { sign } from '@mienskip/kit/token';",
      "import { createBuilder } from '@mienskip/kit/schema';",
      "import { helper } from '@mienskip/kit/src/helper.ts';",
      "import { signed } from './sign.ts';",
      'export const all = [sign, createBuilder, helper, signed];',
    ].join('\n'),
    'apps/gateway/src/sign.ts':
      "import { build } from '../../../packages/kit/src/token.ts';\nexport const signed = build;\n",
    'packages/kit/src/token.ts': "import { builder } from './builder.ts';\nexport const build = builder;\n",
    'packages/kit/src/builder.ts':
      "import SchemaBuilder from '@pothos/core';\nexport const builder = SchemaBuilder;\n",
  });

  it('names a forbidden entry, a path that is no entry, and Pothos reached through the kit', async () => {
    const graph = await importGraph(root, ['apps/gateway/src']);
    expect(
      gatewayImportProblems(graph, {
        gatewaySrc: 'apps/gateway/src/',
        kitEntries: ['token', 'schema', 'server'],
        forbiddenEntries: ['schema', 'server'],
      }),
    ).toEqual([
      'apps/gateway/src/server.ts imports @mienskip/kit/schema',
      'apps/gateway/src/server.ts imports @mienskip/kit/src/helper.ts, not a kit entry',
      'the gateway loads @pothos/core through apps/gateway/src/server.ts → apps/gateway/src/sign.ts → packages/kit/src/token.ts → packages/kit/src/builder.ts',
    ]);
  });
});
