/**
 * Issue 18, point 1: the production build starts. Every subgraph and the gateway run from `dist/`
 * (`node dist/server.js`, `NODE_ENV=production`, `MIENSKIP_SEED` unset, so nothing is seeded) on
 * fresh PostgreSQL databases, with only the environment the operator gives them. Issue 18, point 3:
 * each service's migrate step (`node dist/migrate.js`) runs first, as the databases' owner, and grants
 * a runtime role; the services run as that role (`MIENSKIP_MIGRATE` unset: `never` in production).
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { connectDatabase } from '@mienskip/kit/db';
import { generateKeyMaterial, generateServiceKeyMaterial } from '@mienskip/kit/token';
import { createTestDatabase, requirePostgres, type TestDatabase } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planStack } from '../src/plan.ts';
import { stopAll } from '../src/processes.ts';
import { buildServices, PRODUCTION_ENTRY, startProductionService } from '../src/production.ts';
import { REPO_ROOT } from '../src/services.ts';
import { compiledImports } from './compiled-imports.ts';

const DEV_KEY = `msk_dev_${randomBytes(24).toString('base64url')}`;
// Away from the catalogue's ports, so that a running `npm start` or another test does not collide.
const PORT_OFFSET = 20_000 + (process.pid % 200) * 50;

// The role every service runs as; the migrate step runs as the test server's owner (superuser) role.
const RUNTIME_ROLE = `mienskip_runtime_${process.pid}_${randomBytes(3).toString('hex')}`;

const children: ChildProcess[] = [];
const output = new Map<string, string[]>();
const databases: TestDatabase[] = [];
let plan: ReturnType<typeof planStack>;
let gatewayDatabaseUrl: string;

describe.runIf(requirePostgres())('production start from the build', () => {
  beforeAll(async () => {
    buildServices();
    await onServer(`CREATE ROLE "${RUNTIME_ROLE}" LOGIN`);
    const byName = new Map<string, TestDatabase>();
    for (const name of [...SUBGRAPHS.map((entry) => entry.name), 'gateway']) {
      const database = await createTestDatabase();
      databases.push(database);
      byName.set(name, database);
    }
    gatewayDatabaseUrl = asRuntimeRole(byName.get('gateway')!.options.url!);
    plan = planStack(SUBGRAPHS, {
      keys: await generateKeyMaterial(),
      serviceKeys: Object.fromEntries(
        await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await generateServiceKeyMaterial(name)])),
      ),
      database: (name) => ({ DATABASE_URL: asRuntimeRole(byName.get(name)!.options.url!) }),
      portOffset: PORT_OFFSET,
      urlHost: '127.0.0.1',
      gatewayEnv: { MIENSKIP_DEV_API_KEY: DEV_KEY },
    });
    for (const { service } of plan.processes)
      execFileSync(process.execPath, ['dist/migrate.js'], {
        cwd: join(REPO_ROOT, service.dir),
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          DATABASE_URL: byName.get(service.name)!.options.url,
          MIENSKIP_DATABASE_RUNTIME_ROLE: RUNTIME_ROLE,
        },
        stdio: 'ignore',
      });
    for (const { service, env } of plan.processes) {
      const child = startProductionService(service, env);
      const lines: string[] = [];
      output.set(service.name, lines);
      child.stdout!.on('data', (chunk) => lines.push(String(chunk)));
      child.stderr!.on('data', (chunk) => lines.push(String(chunk)));
      children.push(child);
    }
    await waitUntilReady(`${plan.gatewayUrl}/ready`, 90_000);
  }, 600_000);

  afterAll(async () => {
    await stopAll(children);
    for (const database of databases) await database.drop();
    await onServer(`DROP ROLE IF EXISTS "${RUNTIME_ROLE}"`);
  });

  it('makes every subgraph and the gateway ready', async () => {
    for (const url of [...Object.values(plan.subgraphUrls), plan.gatewayUrl]) {
      const response = await fetch(`${url}/ready`);
      expect(response.status, url).toBe(200);
    }
  });

  it('says on /version and in a header which release and which build every service runs', async () => {
    for (const [name, url] of [...Object.entries(plan.subgraphUrls), ['gateway', plan.gatewayUrl] as const]) {
      const { service } = plan.processes.find((process) => process.service.name === name)!;
      const packageDir = join(REPO_ROOT, service.dir);
      const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      const build = JSON.parse(readFileSync(join(packageDir, 'dist/build-info.json'), 'utf8'));
      expect(build).toMatchObject({ version });
      const response = await fetch(`${url}/version`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-mienskip-version')).toBe(version);
      expect(await response.json()).toEqual({
        service: name,
        version,
        ...(build.commit && { commit: build.commit }),
      });
    }
  });

  it('seeds nothing: the gateway answers an empty list of rooms', async () => {
    const response = await fetch(`${plan.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEV_KEY}` },
      body: JSON.stringify({ query: '{ rooms { id } }' }),
    });
    expect(await response.json()).toEqual({ data: { rooms: [] } });
    for (const name of Object.keys(plan.subgraphUrls))
      expect(output.get(name)!.join(''), name).toContain('"seed":"none","migrate":"never"');
  });

  it('runs compiled JavaScript: node dist/server.js, loading only declared runtime dependencies', () => {
    for (const [i, { service }] of plan.processes.entries()) {
      const commandLine = readFileSync(`/proc/${children[i]!.pid}/cmdline`, 'utf8')
        .split('\0')
        .filter(Boolean);
      // The gateway's node options come first (the catalogue's nodeArgs); nothing else.
      expect(commandLine.slice(1), service.name).toEqual([...service.nodeArgs, PRODUCTION_ENTRY]);
    }
    for (const { service } of plan.processes) {
      const { packages, undeclared } = compiledImports(join(REPO_ROOT, service.dir, PRODUCTION_ENTRY));
      expect(packages, service.name).toContain('graphql');
      expect(packages, service.name).not.toContain('tsx');
      expect(packages, service.name).not.toContain('vitest');
      // A devDependency is missing from a production install (`pnpm install --prod`).
      expect(undeclared, service.name).toEqual([]);
    }
  });

  it("runs the keys CLI compiled, as the image holds it, against the gateway's database as its runtime role", () => {
    const gatewayDir = join(REPO_ROOT, 'apps/gateway');
    const listed = execFileSync(process.execPath, ['dist/keys-cli.js', 'list'], {
      cwd: gatewayDir,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: gatewayDatabaseUrl },
      encoding: 'utf8',
    });
    // The development key the gateway put in its store at start, named by its prefix.
    expect(listed).toContain(DEV_KEY.slice(0, 12));
    const { packages, undeclared } = compiledImports(join(gatewayDir, 'dist/keys-cli.js'));
    expect(packages).not.toContain('tsx');
    expect(undeclared).toEqual([]);
  });
});

/** The database's URL, connecting as the runtime role. */
function asRuntimeRole(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.username = RUNTIME_ROLE;
  url.password = '';
  return url.toString();
}

async function onServer(statement: string): Promise<void> {
  const server = await connectDatabase({ url: process.env.TEST_DATABASE_URL, maxConnections: 1 });
  try {
    await server.db.execute(statement);
  } finally {
    await server.close();
  }
}

async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exited = children.find((child) => child.exitCode !== null);
    if (exited) throw new Error(`A service stopped at start:\n${[...output.values()].flat().join('')}`);
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline)
      throw new Error(`Not ready within ${timeoutMs} ms:\n${[...output.values()].flat().join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
