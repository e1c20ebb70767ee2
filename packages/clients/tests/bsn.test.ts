import { passesElfproef } from '@mienskip/kit/rules';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, startClients } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

type Page = { clients: { edges: { node: { id: string; bsn: string | null; name: string | null } }[] } };

describe('BSNs of synthetic residents (BR-CL1, Standards note §4a)', () => {
  it('answers only BSNs of the test range 999900006 … 999999990 that pass the 11-proef', async () => {
    const { clients } = await graph.data<Page>('{ clients(first: 100) { edges { node { id bsn name } } } }');
    expect(clients.edges).toHaveLength(100);
    const outside = clients.edges
      .map(({ node }) => node.bsn)
      .filter((bsn) => !bsn || bsn < '999900006' || bsn > '999999990' || !passesElfproef(bsn));
    expect(outside).toEqual([]);
  });

  it('registers a resident without a BSN, answered as null beside the rest of the person', async () => {
    const { clients } = await graph.data<Page>('{ clients(first: 1) { edges { node { id } } } }');
    const db = graph.subgraph.database.db;
    const [household] = (
      (await db.execute(
        sql`select household_id as id from clients.clients where id = ${clients.edges[0]!.node.id}`,
      )) as unknown as { rows: { id: string }[] }
    ).rows;
    // Two residents without a BSN: the unique BSN holds only where there is one.
    for (const id of ['client-no-bsn-1', 'client-no-bsn-2'])
      await db.execute(sql`insert into clients.clients (id, bsn, name, date_of_birth, household_id, household_role)
        values (${id}, null, 'Zonder BSN', '1990-01-01', ${household!.id}, 'OTHER_ADULT')`);
    const { client } = await graph.data<{ client: { id: string; bsn: string | null; name: string } }>(
      '{ client(id: "client-no-bsn-2") { id bsn name } }',
    );
    expect(client).toEqual({ id: 'client-no-bsn-2', bsn: null, name: 'Zonder BSN' });
  });
});
