import { connectDatabase } from '@mienskip/kit/db';
import { createTokenVerifier } from '@mienskip/kit/token';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, signTestToken, startAccessLogSink, testKeyMaterial } from '../src/index.ts';

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
    const caller = await createTokenVerifier(publicJwks, 'locations').verify(token, { requestId: 'req-1' });
    expect(caller.organisationKind).toBe('PARTNER');
    expect([...caller.scopes]).toEqual(['locations:read']);
    await expect(
      createTokenVerifier(publicJwks, 'budget').verify(token, { requestId: 'req-1' }),
    ).rejects.toThrow();
  });
});

describe('startAccessLogSink', () => {
  const entry = { subjectType: 'Client', subjectId: 'client-1', action: 'READ', fields: ['name'] };
  const post = (url: string, token: string | undefined, body: unknown = { entries: [entry] }) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { 'x-mienskip-token': token, 'x-request-id': 'req-sink' }),
      },
      body: JSON.stringify(body),
    });

  it('keeps batches signed for any data subgraph, with who sent them', async () => {
    const sink = await startAccessLogSink();
    try {
      const token = await signTestToken('clients', { organisationId: 'org-x', purpose: 'Herindicatie' });
      expect((await post(sink.url, token)).status).toBe(204);
      expect(sink.batches).toHaveLength(1);
      expect(sink.batches[0]).toMatchObject({
        source: 'clients',
        caller: { organisationId: 'org-x', purpose: 'Herindicatie' },
      });
      expect(sink.entries).toEqual([entry]);
    } finally {
      await sink.close();
    }
  });

  it('refuses a missing or wrong-audience token, and answers 503 while failing', async () => {
    const sink = await startAccessLogSink();
    try {
      expect((await post(sink.url, undefined)).status).toBe(401);
      expect((await post(sink.url, await signTestToken('audit'))).status).toBe(401);
      expect((await post(sink.url, await signTestToken('budget'), { nope: 1 })).status).toBe(400);
      sink.failing = true;
      expect((await post(sink.url, await signTestToken('budget'))).status).toBe(503);
      expect(sink.entries).toEqual([]);
    } finally {
      await sink.close();
    }
  });
});
