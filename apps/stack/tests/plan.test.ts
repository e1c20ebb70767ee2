import { ACCESS_LOG_URL_ENV } from '@mienskip/kit/access-log';
import { ACCESS_LOG_SERVICE, GATEWAY, SUBGRAPHS, subgraphEntry } from '@mienskip/kit/catalogue';
import {
  generateServiceKeyMaterial,
  PRIVATE_KEY_ENV,
  PUBLIC_KEYS_ENV,
  SERVICE_PRIVATE_KEY_ENV,
} from '@mienskip/kit/token';
import { describe, expect, it } from 'vitest';
import { planStack } from '../src/plan.ts';

const keys = { privateJwk: { kty: 'OKP', kid: 'k' }, publicJwks: { keys: [{ kty: 'OKP', kid: 'k' }] } };
const database = (name: string) => ({ PGLITE_DATA_DIR: `/data/${name}` });
const auditPort = subgraphEntry(ACCESS_LOG_SERVICE).port;

describe('planStack', () => {
  it('starts every subgraph of the catalogue on its port, then the gateway', () => {
    const plan = planStack(SUBGRAPHS, { keys, database });
    expect(plan.processes.map(({ service }) => [service.name, service.dir, service.port])).toEqual([
      ...SUBGRAPHS.map(({ name, dir, port }) => [name, dir, port]),
      [GATEWAY.name, GATEWAY.dir, GATEWAY.port],
    ]);
    expect(plan.gatewayUrl).toBe(`http://localhost:${GATEWAY.port}`);
  });

  it('gives each subgraph its database, the public keys and the access log', () => {
    const plan = planStack(SUBGRAPHS, { keys, database, subgraphEnv: { LOG_LEVEL: 'warn' } });
    for (const { service, env } of plan.processes.slice(0, -1))
      expect(env).toEqual({
        LOG_LEVEL: 'warn',
        PGLITE_DATA_DIR: `/data/${service.name}`,
        [PUBLIC_KEYS_ENV]: JSON.stringify(keys.publicJwks),
        [ACCESS_LOG_URL_ENV]: `http://127.0.0.1:${auditPort}/entries`,
      });
  });

  it("gives the gateway its database, the private key and every subgraph's URL", () => {
    const plan = planStack(SUBGRAPHS, { keys, database, gatewayEnv: { MIENSKIP_DEV_API_KEY: 'msk_x' } });
    expect(plan.gateway.env).toEqual({
      MIENSKIP_DEV_API_KEY: 'msk_x',
      PGLITE_DATA_DIR: '/data/gateway',
      [PRIVATE_KEY_ENV]: JSON.stringify(keys.privateJwk),
      ...Object.fromEntries(
        SUBGRAPHS.map(({ name, port }) => [
          `MIENSKIP_${name.toUpperCase()}_URL`,
          `http://localhost:${port}/graphql`,
        ]),
      ),
    });
  });

  it('shifts every port for the bench, which runs beside `npm start`', () => {
    const plan = planStack(SUBGRAPHS, { keys, database, portOffset: 100, urlHost: '127.0.0.1' });
    expect(plan.gateway.service.port).toBe(GATEWAY.port + 100);
    expect(plan.gatewayUrl).toBe(`http://127.0.0.1:${GATEWAY.port + 100}`);
    expect(plan.processes[0]!.env[ACCESS_LOG_URL_ENV]).toBe(`http://127.0.0.1:${auditPort + 100}/entries`);
    for (const { name, port } of SUBGRAPHS) {
      expect(plan.subgraphUrls[name]).toBe(`http://127.0.0.1:${port + 100}`);
      expect(plan.gateway.env[`MIENSKIP_${name.toUpperCase()}_URL`]).toBe(
        `http://127.0.0.1:${port + 100}/graphql`,
      );
    }
  });

  it('given service keys, gives each subgraph its own key, trust in every service key and the other subgraphs', async () => {
    const serviceKeys = Object.fromEntries(
      await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await generateServiceKeyMaterial(name)])),
    );
    const plan = planStack(SUBGRAPHS, { keys, database, serviceKeys, portOffset: 100 });
    const trusted = [
      ...keys.publicJwks.keys,
      ...SUBGRAPHS.map(({ name }) => serviceKeys[name]!.publicJwks.keys[0]),
    ];
    for (const { service, env } of plan.processes.slice(0, -1)) {
      expect(JSON.parse(env[SERVICE_PRIVATE_KEY_ENV]!)).toEqual(serviceKeys[service.name]!.privateJwk);
      expect(JSON.parse(env[PUBLIC_KEYS_ENV]!).keys).toEqual(trusted);
      for (const { name, port } of SUBGRAPHS.filter(({ name }) => name !== service.name))
        expect(env[`MIENSKIP_${name.toUpperCase()}_URL`]).toBe(`http://127.0.0.1:${port + 100}/graphql`);
      expect(env).not.toHaveProperty(`MIENSKIP_${service.name.toUpperCase()}_URL`);
    }
    expect(plan.gateway.env).not.toHaveProperty(SERVICE_PRIVATE_KEY_ENV);
  });

  it('refuses a stack without the access log’s owner', () => {
    expect(() =>
      planStack(
        SUBGRAPHS.filter(({ name }) => name !== ACCESS_LOG_SERVICE),
        { keys, database },
      ),
    ).toThrow(/no access-log service/);
  });
});
