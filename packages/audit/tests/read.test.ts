import type { CallerOptions } from '@mienskip/testing';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../src/index.ts';
import { postEntries, read, wrote } from './helpers.ts';

let subgraph: TestSubgraph;

const municipal: CallerOptions = {
  keyId: 'key-wmo-consulent',
  organisationId: 'org-gemeente-leeuwarden',
  organisationKind: 'MUNICIPALITY',
  purpose: 'Herindicatie Wmo',
};
const amaryllis: CallerOptions = {
  keyId: 'key-amaryllis',
  organisationId: 'org-amaryllis',
  organisationKind: 'PROVIDER',
};
const mindup: CallerOptions = {
  keyId: 'key-mindup',
  organisationId: 'org-mindup',
  organisationKind: 'PARTNER',
};

/**
 * Oldest first: the municipality, then Amaryllis twice, then MindUp for `one`; `two` once. Reading a
 * log adds to it, so a test that counts gives its clients a history of their own.
 */
async function giveHistory(one: string, two: string): Promise<void> {
  const batches: [CallerOptions, unknown[]][] = [
    [municipal, [read(one, 'name', 'bsn'), read(two, 'name')]],
    [amaryllis, [read(one, 'name')]],
    [amaryllis, [wrote(one, 'address')]],
    [mindup, [read(one, 'debts')]],
  ];
  for (const [caller, entries] of batches) {
    expect((await postEntries(subgraph, { entries }, { caller })).status).toBe(204);
  }
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(audit);
  await giveHistory('client-1', 'client-2');
});
afterAll(() => subgraph?.close());

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Record<string, unknown> }[];
}

const LOG = `accessLog(first: $first, after: $after) {
  totalCount
  pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { id at requestId keyId organisationId organisation { id } organisationKind purpose source action fields } }
}`;

/** Reads clients' logs as the gateway does when another subgraph returned the clients: by reference. */
function readLogs(ids: string[], caller: CallerOptions, args: { first?: number; after?: string } = {}) {
  return subgraph.query<{ _entities: ({ id: string; accessLog: Page | null } | null)[] }>(
    `query ($representations: [_Any!]!, $first: Int, $after: String) {
      _entities(representations: $representations) { ... on Client { id ${LOG} } }
    }`,
    {
      variables: { representations: ids.map((id) => ({ __typename: 'Client', id })), ...args },
      caller,
    },
  );
}

const withAudit = (caller: CallerOptions): CallerOptions => ({ ...caller, scopes: ['audit'] });

describe('Client.accessLog', () => {
  it('shows a municipal reader every access, newest first, with who, why and what', async () => {
    const { body } = await readLogs(['client-1'], withAudit(municipal));
    expect(body.errors).toBeUndefined();
    const log = body.data!._entities[0]!.accessLog!;
    expect(log.totalCount).toBe(4);
    expect(log.edges.map(({ node }) => [node.keyId, node.action, node.fields])).toEqual([
      ['key-mindup', 'READ', ['debts']],
      ['key-amaryllis', 'WRITE', ['address']],
      ['key-amaryllis', 'READ', ['name']],
      ['key-wmo-consulent', 'READ', ['bsn', 'name']],
    ]);
    expect(log.edges[3]!.node).toMatchObject({
      organisationId: 'org-gemeente-leeuwarden',
      organisation: { id: 'org-gemeente-leeuwarden' },
      organisationKind: 'MUNICIPALITY',
      purpose: 'Herindicatie Wmo',
      source: 'clients',
      requestId: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(log.edges[0]!.node.purpose).toBeNull();
  });

  it('shows a provider or partner with the audit scope only what keys of its own organisation did', async () => {
    const provider = await readLogs(['client-1', 'client-2'], withAudit(amaryllis));
    expect(provider.body.errors).toBeUndefined();
    const [one, two] = provider.body.data!._entities;
    expect(one!.accessLog!.totalCount).toBe(2);
    expect(one!.accessLog!.edges.map(({ node }) => node.organisationId)).toEqual([
      'org-amaryllis',
      'org-amaryllis',
    ]);
    expect(two!.accessLog).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });

    const partner = await readLogs(['client-1'], withAudit(mindup));
    expect(partner.body.data!._entities[0]!.accessLog!.edges.map(({ node }) => node.keyId)).toEqual([
      'key-mindup',
    ]);
  });

  it('is refused (FORBIDDEN, null) without the audit scope, even for a municipal key with every other scope', async () => {
    const { body } = await readLogs(['client-1'], {
      ...municipal,
      scopes: ['clients:read', 'personal-data', 'statistics', 'admin'],
    });
    expect(body.data!._entities[0]).toEqual({ id: 'client-1', accessLog: null });
    expect(body.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ['FORBIDDEN', ['_entities', 0, 'accessLog']],
    ]);
  });

  it('pages with first and after, keeping the total', async () => {
    await giveHistory('paged-1', 'paged-2');
    const first = await readLogs(['paged-1'], withAudit(municipal), { first: 3 });
    const page1 = first.body.data!._entities[0]!.accessLog!;
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await readLogs(['paged-1'], withAudit(municipal), {
      first: 3,
      after: page1.pageInfo.endCursor!,
    });
    const page2 = second.body.data!._entities[0]!.accessLog!;
    // The first page's read is in the log now, newest: the cursor still leads to the oldest.
    expect(page2.totalCount).toBe(5);
    expect(page2.edges.map(({ node }) => node.keyId)).toEqual(['key-wmo-consulent']);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page1.edges.map((edge) => edge.node.id)).not.toContain(page2.edges[0]!.node.id);
  });

  it.each([
    ['first above 100', { first: 101 }],
    ['first below 1', { first: 0 }],
    ['an unknown cursor', { after: 'bm90LWEtY3Vyc29y' }],
  ])('refuses %s as bad input', async (_case, args) => {
    const { body } = await readLogs(['client-1'], withAudit(municipal), args);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the log of many clients in one statement, and records the read in one more', async () => {
    await giveHistory('many-1', 'many-2');
    const ids = Array.from({ length: 50 }, (_, i) => `many-${i}`);
    const before = subgraph.database.statementCount;
    const { body } = await readLogs(ids, withAudit(municipal), { first: 2 });
    expect(body.errors).toBeUndefined();
    expect(subgraph.database.statementCount - before).toBe(2);
    const logs = body.data!._entities.map((client) => client!.accessLog!);
    expect(logs.map((log) => log.totalCount).slice(0, 4)).toEqual([0, 4, 1, 0]);
    expect(logs[1]!.edges).toHaveLength(2);
  });
});

describe('reading the log is itself logged', () => {
  const LOG_READ = { action: 'READ', source: 'audit', fields: ['accessLog'] };

  it('leaves an entry per client whose log was read, with who and why, shown from the next read on', async () => {
    await giveHistory('seen-1', 'seen-2');
    const first = await readLogs(['seen-1', 'seen-2'], withAudit(municipal));
    const [one, two] = first.body.data!._entities.map((client) => client!.accessLog!);
    // A page does not show its own read.
    expect([one!.totalCount, two!.totalCount]).toEqual([4, 1]);

    const again = await readLogs(['seen-1'], withAudit(municipal), { first: 1 });
    const log = again.body.data!._entities[0]!.accessLog!;
    expect(log.totalCount).toBe(5);
    expect(log.edges[0]!.node).toMatchObject({
      ...LOG_READ,
      keyId: 'key-wmo-consulent',
      organisationId: 'org-gemeente-leeuwarden',
      organisationKind: 'MUNICIPALITY',
      purpose: 'Herindicatie Wmo',
      requestId: expect.any(String),
    });
    const second = await readLogs(['seen-2'], withAudit(municipal), { first: 1 });
    expect(second.body.data!._entities[0]!.accessLog!.edges[0]!.node).toMatchObject(LOG_READ);
  });

  it('shows a provider its own reads of the log, not those of other organisations', async () => {
    await giveHistory('own-1', 'own-2');
    await readLogs(['own-1'], withAudit(municipal));
    await readLogs(['own-1'], withAudit(amaryllis));
    const { body } = await readLogs(['own-1'], withAudit(amaryllis));
    const log = body.data!._entities[0]!.accessLog!;
    expect(log.edges.map(({ node }) => [node.keyId, node.source, node.fields])).toEqual([
      ['key-amaryllis', 'audit', ['accessLog']],
      ['key-amaryllis', 'clients', ['address']],
      ['key-amaryllis', 'clients', ['name']],
    ]);
  });

  it('leaves nothing for a read that was refused', async () => {
    await giveHistory('refused-1', 'refused-2');
    const before = subgraph.database.statementCount;
    const refused = await readLogs(['refused-1'], { ...municipal, scopes: ['clients:read'] });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badInput = await readLogs(['refused-1'], withAudit(municipal), { first: 0 });
    expect(badInput.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(subgraph.database.statementCount).toBe(before);
    const { body } = await readLogs(['refused-1'], withAudit(municipal));
    expect(body.data!._entities[0]!.accessLog!.totalCount).toBe(4);
  });

  it('withholds a log whose read cannot be recorded', async () => {
    await giveHistory('unrecordable-1', 'unrecordable-2');
    // The database refuses this service's own entries for this client (the log's table is ours alone).
    // One statement per call: PGlite prepares each, and a prepared statement holds one command.
    await subgraph.database.db.execute(
      sql.raw(`create function audit.refuse_log_read() returns trigger language plpgsql as $$
        begin
          if new.subject_id = 'unrecordable-1' and new.source = 'audit' then raise exception 'refused'; end if;
          return new;
        end $$`),
    );
    await subgraph.database.db.execute(
      sql.raw(`create trigger refuse_log_read before insert on audit.access_log
        for each row execute function audit.refuse_log_read()`),
    );
    const { body } = await readLogs(['unrecordable-1'], withAudit(municipal));
    expect(body.data!._entities[0]).toEqual({ id: 'unrecordable-1', accessLog: null });
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['ACCESS_LOG_UNAVAILABLE']);
  });
});
