import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../src/db/tables.ts';
import { audit } from '../src/index.ts';
import { postEntries, read } from './helpers.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(audit);
  expect(
    (await postEntries(subgraph, { entries: [read('client-1', 'name'), read('client-2', 'bsn')] })).status,
  ).toBe(204);
});
afterAll(() => subgraph?.close());

const count = async () => (await subgraph.database.db.select().from(accessLog)).length;

/** The database's own refusal, whatever the driver wraps it in. */
async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    return `${(error as Error).message} ${cause?.message ?? ''}`;
  }
  return 'accepted';
}

describe('the access log is append-only, in the database itself', () => {
  it('refuses UPDATE', async () => {
    const db = subgraph.database.db;
    expect(await refusal(db.update(accessLog).set({ organisationId: 'org-someone-else' }))).toMatch(
      /append-only: UPDATE refused/,
    );
    expect(await refusal(db.execute(sql`update audit.access_log set fields = '{}' where false`))).toMatch(
      /append-only/,
    );
    const rows = await db.select().from(accessLog);
    expect(rows.map((row) => row.organisationId)).not.toContain('org-someone-else');
  });

  it('refuses DELETE, even of nothing', async () => {
    const db = subgraph.database.db;
    expect(await refusal(db.delete(accessLog))).toMatch(/append-only: DELETE refused/);
    expect(await refusal(db.execute(sql`delete from audit.access_log where false`))).toMatch(/append-only/);
    expect(await count()).toBe(2);
  });

  it('refuses TRUNCATE', async () => {
    expect(await refusal(subgraph.database.db.execute(sql`truncate audit.access_log`))).toMatch(
      /append-only: TRUNCATE refused/,
    );
    expect(await count()).toBe(2);
  });

  it('still takes new entries', async () => {
    expect((await postEntries(subgraph, { entries: [read('client-3', 'name')] })).status).toBe(204);
    expect(await count()).toBe(3);
  });
});
