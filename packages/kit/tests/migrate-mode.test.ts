import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseOptions, migrateService } from '../src/db.ts';
import { createLogger } from '../src/logger.ts';
import { migrateModeFromEnv } from '../src/migrate-mode.ts';
import { type SubgraphDefinition, startSubgraph } from '../src/subgraph.ts';
import { generateKeyMaterial } from '../src/token.ts';
import { createTestDatabase, writeMigrations } from './support/test-database.ts';

describe('MIENSKIP_MIGRATE', () => {
  it('defaults to never in production and to on-start elsewhere', () => {
    expect(migrateModeFromEnv({ NODE_ENV: 'production' })).toBe('never');
    expect(migrateModeFromEnv({ NODE_ENV: 'production', MIENSKIP_MIGRATE: '' })).toBe('never');
    expect(migrateModeFromEnv({})).toBe('on-start');
    expect(migrateModeFromEnv({ NODE_ENV: 'test' })).toBe('on-start');
    expect(migrateModeFromEnv({ NODE_ENV: 'production', MIENSKIP_MIGRATE: 'on-start' })).toBe('on-start');
    expect(migrateModeFromEnv({ MIENSKIP_MIGRATE: 'never' })).toBe('never');
  });

  it('refuses another value, naming the variable and the modes', () => {
    expect(() => migrateModeFromEnv({ MIENSKIP_MIGRATE: 'always' })).toThrow(
      'MIENSKIP_MIGRATE must be one of on-start, never, not "always"',
    );
  });
});

describe('a start that does not migrate', () => {
  const root = mkdtempSync(join(tmpdir(), 'mienskip-migrate-'));
  const schema = buildSubgraphSchema({ typeDefs: parse('type Query { ok: Boolean }') });
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const seeded: string[] = [];
  const definition: SubgraphDefinition = {
    name: 'locations',
    schema,
    migrationsFolder: writeMigrations(root, 'locations', [
      'CREATE SCHEMA "locations";',
      'CREATE TABLE "locations"."rooms" ("id" text PRIMARY KEY);',
    ]),
    seed: async (db) => {
      seeded.push('seeded');
      await db.execute(sql`insert into locations.rooms values ('r1') on conflict do nothing`);
    },
  };
  beforeEach(async () => {
    seeded.length = 0;
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function start(options: DatabaseOptions) {
    return startSubgraph(definition, {
      port: 0,
      database: options,
      publicJwks: (await generateKeyMaterial()).publicJwks,
      logger: createLogger('locations', 'silent'),
      seed: 'reference',
      migrate: 'never',
    });
  }

  it('stops on pending migrations, naming them and the command, without seeding or creating anything', async () => {
    // PGlite in memory is one database per connection: check on the same data directory.
    const options = database.options.url ? database.options : { dataDir: join(root, 'pglite-pending') };
    await expect(start(options)).rejects.toThrow(
      "locations: 1 migration(s) not applied (0000_init) and MIENSKIP_MIGRATE=never: run its migrate command first, as the database's owner: `node dist/migrate.js`",
    );
    expect(seeded).toEqual([]);
    const check = await connectDatabase(options);
    const { rows } = (await check.db.execute(
      sql`select to_regnamespace('locations')::text as locations, to_regnamespace('drizzle')::text as drizzle`,
    )) as unknown as { rows: Record<string, unknown>[] };
    await check.close();
    expect(rows).toEqual([{ locations: null, drizzle: null }]);
  });

  it('starts and seeds once its migrate step has run', async () => {
    const options = database.options.url ? database.options : { dataDir: join(root, 'pglite-migrated') };
    expect(await migrateService(definition, options)).toBe(false); // No runtime role: no grants.
    const started = await start(options);
    await started.close();
    expect(seeded).toEqual(['seeded']);
  });

  it('refuses a runtime role on PGlite, which has no roles', async () => {
    await expect(
      migrateService(definition, { dataDir: join(root, 'pglite-roles') }, 'someone'),
    ).rejects.toThrow('MIENSKIP_DATABASE_RUNTIME_ROLE needs PostgreSQL: embedded PGlite has no roles');
  });
});
