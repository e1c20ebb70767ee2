import { describe, expect, it } from 'vitest';
import { catalogueProblems, subgraphPackages } from '../src/catalogue.ts';
import { scratchRepository } from './fixture.ts';

describe('catalogue completeness, broken on purpose', () => {
  const root = scratchRepository({
    // A subgraph the catalogue forgot.
    'packages/forgotten/src/server.ts':
      "import { runSubgraph } from '@mienskip/kit/server';\nawait runSubgraph(x);\n",
    // Listed, but without its committed schema.
    'packages/rooms/src/server.ts': 'await runSubgraph(rooms);\n',
    // Listed and complete.
    'packages/log/src/server.ts': 'await runSubgraph(log);\n',
    'packages/log/schema.graphql': 'type Query { a: Int }\n',
    // Not a subgraph.
    'packages/kit/src/server.ts': 'export function runSubgraph() {}\n',
  });
  const entry = (name: string, port: number) => ({
    name,
    port,
    dir: `packages/${name}`,
    schemaFile: `packages/${name}/schema.graphql`,
  });

  it('finds the subgraph packages by their server', () => {
    expect(subgraphPackages(root)).toEqual(['packages/forgotten', 'packages/log', 'packages/rooms']);
  });

  it('names a missing entry, directory or schema, a port used twice and missing scopes', () => {
    expect(
      catalogueProblems(root, {
        subgraphs: [entry('rooms', 4001), entry('log', 4008), entry('gone', 4001)],
        gateway: { name: 'gateway', port: 4008, dir: 'apps/gateway' },
        accessLogService: 'log',
        scopes: ['rooms:read', 'gone:read', 'gone:write'],
      }),
    ).toEqual([
      'packages/forgotten starts a subgraph but is not in the catalogue',
      'the port 4001 is in the catalogue more than once',
      'the port 4008 is in the catalogue more than once',
      'rooms: no committed schema packages/rooms/schema.graphql',
      'rooms: no scope rooms:write in the scopes',
      'gone: no directory packages/gone',
      'gone: no committed schema packages/gone/schema.graphql',
    ]);
  });
});
