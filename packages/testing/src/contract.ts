import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, subgraphEntry } from '@mienskip/kit/catalogue';
import { printSubgraphSdl } from '@mienskip/kit/schema';
import type { SubgraphDefinition } from '@mienskip/kit/server';
import { PUBLIC_KEYS_ENV, REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undescribed } from './descriptions.ts';
import { postGraphQL } from './graphql.ts';
import { startTestSubgraph, type TestSubgraph } from './subgraph.ts';
import { signTestToken } from './tokens.ts';

/**
 * The contract every subgraph keeps, called with one line from its `tests/contract.test.ts`:
 * `subgraphContract(definition, new URL('..', import.meta.url))`.
 *
 * - its committed `schema.graphql` is what the code prints, with a description everywhere and no
 *   Relay `node`/`nodes` root fields, and it is the file the catalogue of services names;
 * - its server answers `/health` and `/ready`, and `/graphql` only with an internal token for it
 *   (HTTP 401 without one or with one for another subgraph);
 * - its `src/server.ts` refuses to start without the gateway's public keys, and says so.
 */
export function subgraphContract(definition: SubgraphDefinition, packageDir: URL): void {
  const { name } = definition;
  const file = (path: string) => new URL(path, packageDir);

  describe(`the ${name} subgraph's contract`, () => {
    describe('schema.graphql', () => {
      it('is the SDL the code prints (run `pnpm print-schemas` then `pnpm compose` after a change)', () => {
        expect(readFileSync(file('schema.graphql'), 'utf8')).toBe(printSubgraphSdl(definition.schema));
      });

      it('describes every type, field, argument, enum value and input field', () => {
        expect(undescribed(printSubgraphSdl(definition.schema))).toEqual([]);
      });

      it('has no Relay node/nodes root fields (they cannot work across subgraphs)', () => {
        const fields = Object.keys(definition.schema.getQueryType()?.getFields() ?? {});
        expect(fields).not.toContain('node');
        expect(fields).not.toContain('nodes');
      });

      it('is the file its entry in the catalogue of services names', () => {
        const entry = subgraphEntry(name);
        expect(fileURLToPath(file('schema.graphql'))).toBe(
          fileURLToPath(new URL(`../../../${entry.schemaFile}`, import.meta.url)),
        );
      });
    });

    describe('the server', () => {
      let subgraph: TestSubgraph;
      beforeAll(async () => {
        subgraph = await startTestSubgraph(definition);
      });
      afterAll(() => subgraph?.close());
      const base = () => subgraph.url.replace(/\/graphql$/, '');

      it('is alive (/health) and ready (/ready)', async () => {
        const health = await fetch(`${base()}/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok', service: name });
        const ready = await fetch(`${base()}/ready`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ status: 'ready', service: name });
      });

      it('answers a request with an internal token for it', async () => {
        const response = await subgraph.query('{ __typename }');
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ data: { __typename: 'Query' } });
      });

      it('refuses a request without an internal token: HTTP 401', async () => {
        const response = await postGraphQL(subgraph.url, '{ __typename }');
        expect(response.status).toBe(401);
        expect(response.body.data ?? null).toBeNull();
        expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      });

      it('refuses a token signed for another subgraph: HTTP 401', async () => {
        const other = SUBGRAPHS.find((entry) => entry.name !== name)?.name ?? 'gateway';
        const response = await postGraphQL(subgraph.url, '{ __typename }', {
          headers: { [TOKEN_HEADER]: await signTestToken(other), [REQUEST_ID_HEADER]: 'req-contract' },
        });
        expect(response.status).toBe(401);
        expect(response.body.data ?? null).toBeNull();
      });
    });

    describe('src/server.ts', () => {
      it('refuses to start without the gateway public key, and says so', () => {
        const result = spawnSync(
          process.execPath,
          ['--conditions=source', '--import', 'tsx', 'src/server.ts'],
          {
            cwd: fileURLToPath(packageDir),
            env: { PATH: process.env.PATH, PORT: '0' },
            encoding: 'utf8',
            timeout: 60_000,
          },
        );
        expect(result.status).toBe(1);
        expect(result.stdout + result.stderr).toContain(`${PUBLIC_KEYS_ENV} is not set`);
      });
    });
  });
}
