import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGatewayDatabase } from '../src/database.ts';
import { createKeyStore, type KeyStore } from '../src/keys/store.ts';

// `pnpm keys … --apps`, run as a user runs it, on a key store of its own (no gateway running).

const GATEWAY_DIR = fileURLToPath(new URL('..', import.meta.url));
let testDb: TestDatabase;
let dataDir: string;
let keys: KeyStore;
let close: () => Promise<void>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const database = await openGatewayDatabase(testDb.options); // Migrated, as the CLI expects.
  keys = createKeyStore(database.db);
  close = () => database.close();
  dataDir = mkdtempSync(join(tmpdir(), 'keys-cli-'));
});
afterAll(async () => {
  await close?.();
  await testDb?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The CLI's exit code and output, failing or not. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', MIENSKIP_DATA_DIR: dataDir };
  if (testDb.options.url) env.DATABASE_URL = testDb.options.url;
  else env.PGLITE_DATA_DIR = join(dataDir, 'gateway');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'src/keys-cli.ts', ...args],
      { cwd: GATEWAY_DIR, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const CREATE = ['create', '--org', 'org-kiosk', '--name', 'kiosk', '--scopes', 'statistics'];

describe('pnpm keys --apps', () => {
  it('binds a new key to apps and changes or lifts the binding', async () => {
    const created = await cli(...CREATE, '--apps', 'room-planner,council');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('apps council, room-planner only');
    const id = /Created (key-\S+)/.exec(created.stdout)![1]!;
    expect((await keys.get(id))!.apps).toEqual(['council', 'room-planner']);

    const updated = await cli('update', '--id', id, '--apps', 'buurtkamer');
    expect(updated.stdout).toContain('apps buurtkamer only');
    expect((await keys.get(id))!.apps).toEqual(['buurtkamer']);
    expect((await cli('list', '--org', 'org-kiosk')).stdout).toContain('apps buurtkamer only');

    expect((await cli('update', '--id', id, '--apps', 'any')).code).toBe(0);
    expect((await keys.get(id))!.apps).toBeNull();
  }, 60_000);

  it('refuses an app without a manifest, naming the known apps, and makes nothing', async () => {
    const before = (await keys.list()).length;
    const refused = await cli(...CREATE, '--apps', 'council,kiosk');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Unknown apps: kiosk (the apps with persisted documents are buurtkamer, case-worker, council, room-planner)',
    );
    const any = await cli(...CREATE, '--apps', 'any');
    expect(any.code).toBe(2);
    expect(any.stderr).toContain('create --apps takes app names');
    expect(await keys.list()).toHaveLength(before);
  }, 60_000);
});
