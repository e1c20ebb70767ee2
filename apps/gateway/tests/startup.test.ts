import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testKeyMaterial } from '@mienskip/testing';
import { describe, expect, it } from 'vitest';

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs `src/server.ts` as an operator would and returns its exit code and log. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/server.ts'], {
    cwd: gatewayDir,
    env: {
      PATH: process.env.PATH,
      PGLITE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gateway-')),
      PORT: '0',
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, log: result.stdout + result.stderr };
}

describe('start-up errors say what is wrong', () => {
  it('without key material', () => {
    const { code, log } = start({});
    expect(code).toBe(1);
    expect(log).toContain('MIENSKIP_TOKEN_PRIVATE_JWK is not set');
  });

  it('with a development key that cannot be a key', async () => {
    const { code, log } = start({
      MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
      MIENSKIP_DEV_API_KEY: 'msk_too-short',
    });
    expect(code).toBe(1);
    expect(log).toContain('MIENSKIP_DEV_API_KEY must start with msk_ and have at least 32 characters');
    expect(log).not.toContain('msk_too-short');
  });

  it('with a supergraph that is not one', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
    writeFileSync(file, 'this is { not graphql');
    const { code, log } = start({
      MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
      MIENSKIP_SUPERGRAPH: file,
    });
    expect(code).toBe(1);
    expect(log).toContain('The supergraph is not valid GraphQL');
  });

  it('with a subgraph that does not answer', async () => {
    const { code, log } = start({
      MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
      MIENSKIP_LOCATIONS_URL: 'http://127.0.0.1:9/graphql',
      MIENSKIP_WAIT_FOR_SUBGRAPHS_MS: '300',
    });
    expect(code).toBe(1);
    expect(log).toMatch(
      /Subgraph not reachable after \d+ s: .*locations at http:\/\/127\.0\.0\.1:9\/graphql/,
    );
  });

  it('with a persisted-document manifest whose id is not the hash of its text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifests-'));
    mkdirSync(join(dir, 'kiosk'));
    const file = join(dir, 'kiosk', 'persisted-documents.json');
    writeFileSync(file, JSON.stringify({ [`sha256:${'0'.repeat(64)}`]: '{ rooms { id } }' }));
    const { code, log } = start({
      MIENSKIP_TOKEN_PRIVATE_JWK: JSON.stringify((await testKeyMaterial()).privateJwk),
      MIENSKIP_PERSISTED_DOCUMENTS_DIR: dir,
    });
    expect(code).toBe(1);
    expect(log).toContain(
      `Persisted-document manifest ${file}: sha256:${'0'.repeat(64)} is not the SHA-256 of its text`,
    );
  });
});
