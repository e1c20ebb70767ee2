import { describe, expect, it } from 'vitest';
import { importCycles } from '../src/cycles.ts';
import { importGraph } from '../src/import-graph.ts';
import { scratchRepository } from './fixture.ts';

describe('import cycles in the kit, broken on purpose', () => {
  const root = scratchRepository({
    // a → b → c → a, where a → b and c → a are type-only imports.
    'packages/kit/src/a.ts': "import type { B } from './b.ts';\nexport type A = { b?: B };\n",
    'packages/kit/src/b.ts':
      "import { c } from './c.ts';\nexport type B = { c: number };\nexport const b = c;\n",
    'packages/kit/src/c.ts': "import type { A } from './a.ts';\nexport const c = 1;\nexport type C = A;\n",
    'packages/kit/src/self.ts':
      "import { other } from './self.ts';\nexport const other = 1;\nexport const again = other;\n",
    'packages/kit/src/leaf.ts': "import { b } from './b.ts';\nexport const leaf = b;\n",
    // Outside the kit: not its concern.
    'packages/other/src/x.ts': "import { y } from './y.ts';\nexport const x = y;\n",
    'packages/other/src/y.ts': "import { x } from './x.ts';\nexport const y = x;\n",
  });

  it('finds each cycle, type-only imports included, and only inside the prefix', async () => {
    const graph = await importGraph(root, ['packages']);
    expect(importCycles(graph, 'packages/kit/src/')).toEqual([
      ['packages/kit/src/a.ts', 'packages/kit/src/b.ts', 'packages/kit/src/c.ts'],
      ['packages/kit/src/self.ts'],
    ]);
    expect(importCycles(graph, 'packages/other/src/')).toEqual([
      ['packages/other/src/x.ts', 'packages/other/src/y.ts'],
    ]);
  });
});
