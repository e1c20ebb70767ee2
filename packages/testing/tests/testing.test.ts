import { connectDatabase, createTokenVerifier } from '@mienskip/kit';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, signTestToken, testKeyMaterial } from '../src/index.ts';

describe('createTestDatabase', () => {
  it('gives each caller an empty database of its own', async () => {
    const [a, b] = [await createTestDatabase(), await createTestDatabase()];
    expect(a.driver).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
    const first = await connectDatabase(a.options);
    const second = await connectDatabase(b.options);
    try {
      await first.db.execute(sql`create table marker (id int)`);
      const seen = await second.db.execute(
        sql`select count(*)::int as n from pg_tables where tablename = 'marker'`,
      );
      expect((seen as unknown as { rows: unknown[] }).rows[0]).toEqual({ n: 0 });
    } finally {
      await first.close();
      await second.close();
      await a.drop();
      await b.drop();
    }
  });
});

describe('signTestToken', () => {
  it('signs a token that a subgraph trusting the test keys accepts for its own name only', async () => {
    const { publicJwks } = await testKeyMaterial();
    const token = await signTestToken('locations', {
      scopes: ['locations:read'],
      organisationKind: 'PARTNER',
    });
    const caller = await createTokenVerifier(publicJwks, 'locations').verify(token);
    expect(caller.organisationKind).toBe('PARTNER');
    expect([...caller.scopes]).toEqual(['locations:read']);
    await expect(createTokenVerifier(publicJwks, 'budget').verify(token)).rejects.toThrow();
  });
});
