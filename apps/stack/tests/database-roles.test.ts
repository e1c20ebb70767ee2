/**
 * Issue 18, point 3: migrations are a step of their own, run as the owner of the schemas, and the
 * services run as roles that may only read and write their rows (the audit service: add to its
 * log and read it). Locations, audit and the gateway share one database here, as they may in
 * production, each migrated by its own command (`src/migrate.ts`) with its own runtime role.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createKeyStore, openGatewayDatabase } from '@mienskip/gateway';
import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import { connectDatabase, type Database } from '@mienskip/kit/db';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import {
  createTestDatabase,
  postGraphQL,
  requirePostgres,
  type ServerProcess,
  signTestToken,
  spawnServer,
  type TestDatabase,
  testKeyMaterial,
} from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/services.ts';

const run = promisify(execFile);
const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
const OWNER = `mienskip_owner_${suffix}`;
const RUNTIME = {
  locations: `mienskip_locations_${suffix}`,
  audit: `mienskip_audit_${suffix}`,
  gateway: `mienskip_gateway_${suffix}`,
} as const;
type Service = keyof typeof RUNTIME;
const PACKAGE_DIR: Record<Service, string> = {
  locations: 'packages/locations',
  audit: 'packages/audit',
  gateway: 'apps/gateway',
};

let testDatabase: TestDatabase;
let servedLocations: ServerProcess;
const processes: ServerProcess[] = [];
const opened: { close(): Promise<void> }[] = [];

/** The test database's URL, connecting as `role`. */
function urlAs(role: string): string {
  const url = new URL(testDatabase.options.url!);
  url.username = role;
  url.password = '';
  return url.toString();
}

type Row = Record<string, unknown>;

/** Runs one statement on a connection of its own; a refusal is PostgreSQL's own error. */
async function runOn(url: string, statement: string): Promise<{ rows: Row[] }> {
  const database = await connectDatabase({ url, maxConnections: 1 });
  try {
    return (await database.db.execute(statement)) as unknown as { rows: Row[] };
  } catch (error) {
    throw (error as Error).cause ?? error; // drizzle's wrapper names the query, not the refusal
  } finally {
    await database.close();
  }
}

/** Runs a statement on the test database as `role`. */
const asRole = (role: string, statement: string) => runOn(urlAs(role), statement);
const onServer = (statement: string) => runOn(process.env.TEST_DATABASE_URL!, statement);

/** `pnpm migrate` of a service: its migrate command as the owner, granting its runtime role. */
function migrate(service: Service) {
  return run(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/migrate.ts'], {
    cwd: join(REPO_ROOT, PACKAGE_DIR[service]),
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: 'info',
      DATABASE_URL: urlAs(OWNER),
      MIENSKIP_DATABASE_RUNTIME_ROLE: RUNTIME[service],
    },
  });
}

/** A subgraph started as in production (`NODE_ENV=production`), from the sources, as its runtime role. */
async function startService(
  service: 'locations' | 'audit',
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const server = spawnServer({
    name: service,
    listeningMessage: `${service} subgraph listening`,
    cwd: join(REPO_ROOT, PACKAGE_DIR[service]),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: '0',
      DATABASE_URL: urlAs(RUNTIME[service]),
      MIENSKIP_TOKEN_PUBLIC_JWKS: JSON.stringify((await testKeyMaterial()).publicJwks),
      ...env,
    },
  });
  processes.push(server);
  server.listening.catch(() => {}); // A start that is refused never listens: the test reads its exit.
  return server;
}

/** Answers `/ready` with 200 and nothing else; closed after the tests. */
async function startReadyOnly(): Promise<string> {
  const server = createServer((request, response) => {
    response.statusCode = request.url === '/ready' ? 200 : 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  opened.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function schemaExists(name: string): Promise<boolean> {
  const { rows } = await asRole(OWNER, `select to_regnamespace('${name}') is not null as found`);
  return rows[0]!.found === true;
}

describe.runIf(requirePostgres())('migrations as their own step, services on runtime roles', () => {
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    const name = new URL(testDatabase.options.url!).pathname.slice(1);
    await onServer(`CREATE ROLE "${OWNER}" LOGIN`);
    for (const role of Object.values(RUNTIME)) await onServer(`CREATE ROLE "${role}" LOGIN`);
    await onServer(`ALTER DATABASE "${name}" OWNER TO "${OWNER}"`);
  }, 30_000);

  afterAll(async () => {
    for (const server of processes) server.child.kill('SIGTERM');
    await Promise.all(processes.map((server) => server.exited));
    for (const resource of opened) await resource.close();
    // Dropping the database drops what the roles own and were granted there; then the roles can go.
    await testDatabase?.drop();
    for (const role of [OWNER, ...Object.values(RUNTIME)]) await onServer(`DROP ROLE IF EXISTS "${role}"`);
  }, 30_000);

  it('a production start on a database without its migrations stops, names the command and changes nothing', async () => {
    const server = await startService('locations', { MIENSKIP_SEED: 'reference' });
    expect((await server.exited).code).toBe(1);
    expect(server.log()).toContain('4 migration(s) not applied (0000_init, 0001_provenance');
    expect(server.log()).toContain('node dist/migrate.js');
    expect(await schemaExists('locations')).toBe(false);
    expect(await schemaExists('drizzle')).toBe(false);
  });

  it('an unknown MIENSKIP_MIGRATE stops the start with a clear message', async () => {
    const server = await startService('locations', { MIENSKIP_MIGRATE: 'sometimes' });
    expect((await server.exited).code).toBe(1);
    expect(server.log()).toContain('MIENSKIP_MIGRATE must be one of on-start, never, not \\"sometimes\\"');
  });

  it('migrates each service as the owner and grants its runtime role, the same on every run', async () => {
    // At once, as a deployment may run them (one lock keeps their DDL and grants apart), then once more.
    const runs = await Promise.all((['locations', 'audit', 'gateway'] as const).map(migrate));
    runs.push(await migrate('locations'));
    for (const [index, service] of (['locations', 'audit', 'gateway', 'locations'] as const).entries())
      expect(runs[index]!.stdout + runs[index]!.stderr).toContain(
        `runtime role \\"${RUNTIME[service]}\\" granted`,
      );
    const { rows } = await asRole(
      OWNER,
      `select table_name, privilege_type from information_schema.role_table_grants
         where grantee = '${RUNTIME.audit}' order by 1, 2`,
    );
    expect(rows).toEqual([
      { table_name: 'access_log', privilege_type: 'INSERT' },
      { table_name: 'access_log', privilege_type: 'SELECT' },
      { table_name: 'audit_migrations', privilege_type: 'SELECT' },
    ]);
  }, 120_000);

  it('serves locations as its runtime role, which may not create or drop tables', async () => {
    const server = await startService('locations', { MIENSKIP_SEED: 'reference' });
    servedLocations = server;
    const url = await server.listening;
    const response = await postGraphQL<{ rooms: { id: string }[] }>(url, '{ rooms { id } }', {
      headers: { [TOKEN_HEADER]: await signTestToken('locations'), [REQUEST_ID_HEADER]: 'req-roles' },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.rooms).toHaveLength(9);
    await expect(asRole(RUNTIME.locations, 'CREATE TABLE locations.extra (id int)')).rejects.toThrow(
      'permission denied for schema locations',
    );
    await expect(asRole(RUNTIME.locations, 'DROP TABLE locations.rooms')).rejects.toThrow(
      'must be owner of table rooms',
    );
    await expect(asRole(RUNTIME.locations, 'ALTER TABLE locations.rooms ADD COLUMN x int')).rejects.toThrow(
      'must be owner of table rooms',
    );
    await expect(asRole(RUNTIME.locations, 'SELECT count(*) FROM audit.access_log')).rejects.toThrow(
      'permission denied for schema audit',
    );
  }, 60_000);

  it("lets the audit service's role add to the access log and read it, never change or remove an entry", async () => {
    await asRole(
      RUNTIME.audit,
      `INSERT INTO audit.access_log (request_id, key_id, organisation_id, organisation_kind, source,
         subject_type, subject_id, action, fields)
       VALUES ('r1', 'k1', 'org', 'MUNICIPALITY', 'clients', 'Client', 'c1', 'READ', '{name}')`,
    );
    const { rows } = await asRole(RUNTIME.audit, 'SELECT subject_id FROM audit.access_log');
    expect(rows).toEqual([{ subject_id: 'c1' }]);
    for (const statement of [
      "UPDATE audit.access_log SET subject_id = 'c2'",
      'DELETE FROM audit.access_log',
      'TRUNCATE audit.access_log',
    ])
      await expect(asRole(RUNTIME.audit, statement), statement).rejects.toThrow(
        'permission denied for table access_log',
      );
    await expect(asRole(RUNTIME.audit, 'DROP TABLE audit.access_log')).rejects.toThrow('must be owner');
    expect((await asRole(OWNER, 'SELECT subject_id FROM audit.access_log')).rows).toEqual([
      { subject_id: 'c1' },
    ]);
  });

  it("lets the gateway's role create a key that the gateway then authenticates", async () => {
    const database: Database = await openGatewayDatabase({ url: urlAs(RUNTIME.gateway) }, 'never');
    opened.push(database);
    let gateway: TestGateway | undefined;
    try {
      // startTestGateway creates its municipal key in this store, as the runtime role.
      const audit = await startService('audit');
      // The query reads rooms only: the subgraphs it does not reach are stand-ins that are ready.
      const readyOnly = await startReadyOnly();
      gateway = await startTestGateway(
        {
          ...Object.fromEntries(['budget', 'clients', 'debt', 'youth'].map((name) => [name, readyOnly])),
          locations: await servedLocations.listening,
          audit: await audit.listening,
        },
        { keys: createKeyStore(database.db) },
      );
      const response = await gateway.query<{ rooms: { id: string }[] }>('{ rooms { id } }');
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.rooms).toHaveLength(9);
      expect((await gateway.query('{ rooms { id } }', { key: `msk_${'x'.repeat(40)}` })).status).toBe(401);
    } finally {
      await gateway?.close();
    }
    await expect(asRole(RUNTIME.gateway, 'DROP TABLE gateway.api_keys')).rejects.toThrow('must be owner');
  }, 60_000);
});
