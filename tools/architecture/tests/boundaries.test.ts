import { describe, expect, it } from 'vitest';
import { boundaryProblems } from '../src/boundaries.ts';
import { importGraph } from '../src/import-graph.ts';
import { scratchRepository } from './fixture.ts';

describe('subgraph and gateway boundaries, broken on purpose', () => {
  const root = scratchRepository({
    'packages/one/src/index.ts': "import { two } from '../../two/src/index.ts';\nexport const one = two;\n",
    'packages/one/src/own.ts': "import { one } from './index.ts';\nexport const own = one;\n",
    'packages/two/src/index.ts':
      "import { token } from '../../kit/src/token.ts';\nexport const two = token;\n",
    'packages/two/tests/x.test.ts': "import { one } from '@mienskip/one';\nexport const x = one;\n",
    'packages/kit/src/token.ts': 'export const token = 1;\n',
    'packages/two/src/db/synthetic.ts': 'export const world = 1;\n',
    'packages/one/src/db/seed.ts':
      "import { world } from '@mienskip/two/synthetic';\nexport const seed = world;\n",
    'packages/one/src/store/cheat.ts':
      "import { world } from '@mienskip/two/synthetic';\nexport const cheat = world;\n",
    'apps/gateway/src/app.ts':
      "import { one } from '../../../packages/one/src/index.ts';\nexport const app = one;\n",
    'apps/gateway/src/ok.ts':
      "import { token } from '../../../packages/kit/src/token.ts';\nexport const ok = token;\n",
    'apps/stack/tests/graph.ts':
      "import { one } from '../../../packages/one/src/index.ts';\nexport const graph = one;\n",
  });

  it('names a subgraph importing another and the gateway importing one; the kit, the stack and a seed reading a synthetic generator may', async () => {
    const graph = await importGraph(root, ['packages', 'apps']);
    expect(
      boundaryProblems(graph, {
        subgraphDirs: ['packages/one', 'packages/two'],
        gatewayDir: 'apps/gateway',
      }).sort(),
    ).toEqual([
      'apps/gateway/src/app.ts imports ../../../packages/one/src/index.ts (the subgraph packages/one)',
      'packages/one/src/index.ts imports ../../two/src/index.ts (the subgraph packages/two)',
      'packages/one/src/store/cheat.ts imports @mienskip/two/synthetic (the subgraph packages/two)',
      'packages/two/tests/x.test.ts imports @mienskip/one (the subgraph packages/one)',
    ]);
  });
});
