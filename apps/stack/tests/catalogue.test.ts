import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeSupergraph } from '@mienskip/gateway';
import { ACCESS_LOG_URL_ENV } from '@mienskip/kit/access-log';
import { GATEWAY, SUBGRAPHS, type SubgraphEntry } from '@mienskip/kit/catalogue';
import { PUBLIC_KEYS_ENV } from '@mienskip/kit/token';
import { afterAll, describe, expect, it } from 'vitest';
import { planStack } from '../src/plan.ts';
import { REPO_ROOT } from '../src/services.ts';

// Adding a subgraph is one catalogue entry (plus its package): composition and the stack pick it
// up from there. A tiny extra subgraph, as a catalogue entry and an SDL file in a scratch copy of
// the repository's schema files, proves it.

const PORT = Math.max(...SUBGRAPHS.map(({ port }) => port), GATEWAY.port) + 1;
const EXTRA: SubgraphEntry = {
  name: 'ping',
  port: PORT,
  dir: 'packages/ping',
  schemaFile: 'packages/ping/schema.graphql',
};
const EXTRA_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

type Query {
  """Answers pong."""
  ping: String
}
`;

const root = mkdtempSync(join(tmpdir(), 'mienskip-catalogue-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const entry of SUBGRAPHS) {
  mkdirSync(dirname(join(root, entry.schemaFile)), { recursive: true });
  copyFileSync(join(REPO_ROOT, entry.schemaFile), join(root, entry.schemaFile));
}
mkdirSync(dirname(join(root, EXTRA.schemaFile)), { recursive: true });
writeFileSync(join(root, EXTRA.schemaFile), EXTRA_SDL);

const keys = { privateJwk: { kty: 'OKP', kid: 'k' }, publicJwks: { keys: [{ kty: 'OKP', kid: 'k' }] } };
const database = (name: string) => ({ PGLITE_DATA_DIR: `/data/${name}` });

describe('a new entry in the catalogue of services', () => {
  it('is composed into the supergraph and the public schema', () => {
    const { supergraphSdl, apiSdl } = composeSupergraph([...SUBGRAPHS, EXTRA], pathToFileURL(`${root}/`));
    expect(supergraphSdl).toContain(
      `PING @join__graph(name: "ping", url: "http://localhost:${PORT}/graphql")`,
    );
    expect(supergraphSdl).toMatch(/ping: String @join__field\(graph: PING\)/);
    expect(apiSdl).toContain('ping: String');
    // ... beside every subgraph that was there.
    for (const { name } of SUBGRAPHS) expect(supergraphSdl).toContain(`@join__graph(name: "${name}"`);
  });

  it('is started by the stack, and the gateway is given its URL', () => {
    const plan = planStack([...SUBGRAPHS, EXTRA], { keys, database });
    const ping = plan.processes.find(({ service }) => service.name === 'ping');
    expect(ping?.service).toEqual({
      name: 'ping',
      dir: 'packages/ping',
      entry: 'src/server.ts',
      port: PORT,
      nodeArgs: [],
    });
    expect(ping?.env).toMatchObject({
      PGLITE_DATA_DIR: '/data/ping',
      [PUBLIC_KEYS_ENV]: JSON.stringify(keys.publicJwks),
      [ACCESS_LOG_URL_ENV]: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/entries$/),
    });
    expect(plan.gateway.env.MIENSKIP_PING_URL).toBe(`http://localhost:${PORT}/graphql`);
    expect(plan.processes.at(-1)).toBe(plan.gateway);
  });
});
