import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePort, parseWholeNumber } from '../src/env-numbers.ts';
import { createLogger } from '../src/logger.ts';
import { type SeedLevel, type SeedMode, seedModeFromEnv } from '../src/seed-mode.ts';
import { startSubgraph } from '../src/subgraph.ts';
import { generateKeyMaterial } from '../src/token.ts';
import { createTestDatabase, writeMigrations } from './support/test-database.ts';

describe('MIENSKIP_SEED', () => {
  it('defaults to none in production and to synthetic elsewhere', () => {
    expect(seedModeFromEnv({ NODE_ENV: 'production' })).toBe('none');
    expect(seedModeFromEnv({ NODE_ENV: 'production', MIENSKIP_SEED: '' })).toBe('none');
    expect(seedModeFromEnv({})).toBe('synthetic');
    expect(seedModeFromEnv({ NODE_ENV: 'test' })).toBe('synthetic');
  });

  it('takes any of the three modes, in production too', () => {
    for (const mode of ['none', 'reference', 'synthetic'])
      expect(seedModeFromEnv({ NODE_ENV: 'production', MIENSKIP_SEED: mode })).toBe(mode);
  });

  it('refuses another value, naming the variable and the modes', () => {
    expect(() => seedModeFromEnv({ MIENSKIP_SEED: 'Synthetic' })).toThrow(
      'MIENSKIP_SEED must be one of none, reference, synthetic, not "Synthetic"',
    );
  });
});

describe('numbers from the environment', () => {
  it('takes a port from 0 to 65535, or the fallback when unset', () => {
    expect(parsePort(undefined, 4002)).toBe(4002);
    expect(parsePort('', 4002)).toBe(4002);
    expect(parsePort('0', 4002)).toBe(0);
    expect(parsePort('8080', 4002)).toBe(8080);
    for (const bad of ['http', '80.5', '-1', '70000'])
      expect(() => parsePort(bad, 4002)).toThrow(`PORT must be a whole number from 0 to 65535, not "${bad}"`);
  });

  it('takes a whole number of 0 or more, naming the variable when it is not one', () => {
    expect(parseWholeNumber('MIENSKIP_WAIT_FOR_SUBGRAPHS_MS', undefined, 30_000)).toBe(30_000);
    expect(parseWholeNumber('MIENSKIP_WAIT_FOR_SUBGRAPHS_MS', '0', 30_000)).toBe(0);
    expect(parseWholeNumber('MIENSKIP_WAIT_FOR_SUBGRAPHS_MS', '5000', 30_000)).toBe(5000);
    for (const bad of ['30s', '1.5', '-2'])
      expect(() => parseWholeNumber('MIENSKIP_WAIT_FOR_SUBGRAPHS_MS', bad, 30_000)).toThrow(
        `MIENSKIP_WAIT_FOR_SUBGRAPHS_MS must be a whole number (0 or more), not "${bad}"`,
      );
  });
});

describe('what startSubgraph seeds', () => {
  const root = mkdtempSync(join(tmpdir(), 'mienskip-seed-'));
  const migrationsFolder = writeMigrations(root, 'locations', [
    'CREATE TABLE "rooms" ("id" text PRIMARY KEY);',
  ]);
  const schema = buildSubgraphSchema({ typeDefs: parse('type Query { ok: Boolean }') });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Starts a small subgraph with `seed` (unset: the default) and says what its seed was asked for. */
  async function seededWith(seed: SeedMode | undefined): Promise<SeedLevel[]> {
    const asked: SeedLevel[] = [];
    const database = await createTestDatabase();
    const { publicJwks } = await generateKeyMaterial();
    const started = await startSubgraph(
      {
        name: 'locations',
        schema,
        migrationsFolder,
        seed: async (_db, level) => {
          asked.push(level);
        },
      },
      {
        port: 0,
        database: database.options,
        publicJwks,
        logger: createLogger('locations', 'silent'),
        ...(seed && { seed }),
      },
    );
    await started.close();
    await database.drop();
    return asked;
  }

  it('skips the seed for none, and asks for reference or synthetic as given', async () => {
    expect(await seededWith('none')).toEqual([]);
    expect(await seededWith('reference')).toEqual(['reference']);
    expect(await seededWith('synthetic')).toEqual(['synthetic']);
  });

  it('seeds synthetic data when not told otherwise (the tests and the stack)', async () => {
    expect(await seededWith(undefined)).toEqual(['synthetic']);
  });
});
