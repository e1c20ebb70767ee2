import type { TestSubgraph } from '@mienskip/testing';
import { expect } from 'vitest';
import type { TestGraph } from '../graph.ts';
import { sql } from '../rows.ts';
import { AMARYLLIS, type MatrixKey, type ProviderId, WINDKRACHT } from './keys.ts';

/** Seeded rows of one provider, found in the subgraphs' own tables. */
export interface ProviderRows {
  organisationId: ProviderId;
  /** A resident with an engagement at this provider and none at the other. */
  client: string;
  /** A household with a member at this provider and no member at the other. */
  household: string;
  /** A worker of this provider (locations). */
  worker: string;
  /** Residents with an engagement at this provider, and their households. */
  clientCount: number;
  householdCount: number;
}

export interface Seed {
  providers: Record<ProviderId, ProviderRows>;
  /** A basis worker holding regie over many households, of both providers' clients. */
  coordinator: string;
  /** A room with presence slots of several organisations. */
  room: string;
  area: string;
  lumpsum: string;
}

export { sql };

async function one(subgraph: TestSubgraph, statement: string): Promise<string> {
  const [row] = await sql(subgraph, statement);
  if (!row) throw new Error(`No seeded row for: ${statement}`);
  return String(Object.values(row)[0]);
}

const atOrg = (client: string, org: string) =>
  `exists (select 1 from clients.engagements e where e.client_id = ${client} and e.organisation_id = '${org}')`;

async function providerRows(graph: TestGraph, org: ProviderId, other: ProviderId): Promise<ProviderRows> {
  const [client, household, worker, clientCount, householdCount] = await Promise.all([
    one(
      graph.clients,
      `select c.id from clients.clients c where ${atOrg('c.id', org)} and not ${atOrg('c.id', other)} order by c.id limit 1`,
    ),
    one(
      graph.clients,
      `select h.id from clients.households h
       where exists (select 1 from clients.clients c where c.household_id = h.id and ${atOrg('c.id', org)})
         and not exists (select 1 from clients.clients c where c.household_id = h.id and ${atOrg('c.id', other)})
       order by h.id limit 1`,
    ),
    one(
      graph.locations,
      `select id from locations.workers where organisation_id = '${org}' order by id limit 1`,
    ),
    one(graph.clients, `select count(*) from clients.clients c where ${atOrg('c.id', org)}`),
    one(
      graph.clients,
      `select count(distinct c.household_id) from clients.clients c where ${atOrg('c.id', org)}`,
    ),
  ]);
  return {
    organisationId: org,
    client,
    household,
    worker,
    clientCount: Number(clientCount),
    householdCount: Number(householdCount),
  };
}

export async function findSeed(graph: TestGraph): Promise<Seed> {
  const [windkracht, amaryllis, coordinator, room] = await Promise.all([
    providerRows(graph, WINDKRACHT, AMARYLLIS),
    providerRows(graph, AMARYLLIS, WINDKRACHT),
    // The busiest coordinator whose households include clients of both providers.
    one(
      graph.clients,
      `select a.worker_id from clients.coordinator_assignments a
       join clients.clients c on c.household_id = a.household_id
       where a.ended_on is null and ${atOrg('c.id', WINDKRACHT)}
       group by a.worker_id order by count(distinct a.household_id) desc, a.worker_id limit 1`,
    ),
    one(
      graph.locations,
      `select room_id from locations.presence_slots where organisation_id is not null
       group by room_id order by count(distinct organisation_id) desc, room_id limit 1`,
    ),
  ]);
  return {
    providers: { [WINDKRACHT]: windkracht, [AMARYLLIS]: amaryllis } as Record<ProviderId, ProviderRows>,
    coordinator,
    room,
    area: 'area-noord',
    lumpsum: 'lumpsum-2021-todb',
  };
}

/**
 * Rows the seed lacks, made through the gateway with the municipal key before the matrix runs:
 * subsidies for both providers, and redistribution requests, one the two matrix providers ask
 * together and one neither is part of (on a 2022 basis + TO/DB lumpsum made for it, shared by the
 * household-help providers: only a basis + TO/DB lumpsum is redistributed, BR-F3).
 */
export async function addRows(graph: TestGraph, municipal: MatrixKey): Promise<void> {
  const run = async (query: string, variables: Record<string, unknown>) => {
    const response = await graph.gateway.query<Record<string, { __typename: string; id?: string }>>(query, {
      key: municipal.secret,
      variables,
    });
    expect(response.body.errors, JSON.stringify(response.body)).toBeUndefined();
    const result = Object.values(response.body.data!)[0]!;
    expect(result.__typename, JSON.stringify(response.body)).not.toMatch(/Error$/);
    return result;
  };
  const GRANT = `mutation ($input: GrantSubsidyInput!) { grantSubsidy(input: $input) { __typename ... on Error { message } } }`;
  for (const organisationId of [WINDKRACHT, AMARYLLIS, 'org-vol']) {
    await run(GRANT, {
      input: { organisationId, year: 2021, purpose: `Matrix ${organisationId}`, amount: '1000.00' },
    });
  }
  const REQUEST = `mutation ($input: RequestRedistributionInput!) { requestRedistribution(input: $input) { __typename ... on Error { message } } }`;
  const request = (lumpsumId: string, shares: [string, string][]) =>
    run(REQUEST, {
      input: {
        lumpsumId,
        motivation: 'Matrix: more clients in aanvullend than foreseen.',
        requestedBy: shares.map(([organisationId]) => organisationId),
        clientCounts: shares.map(([organisationId], i) => ({ organisationId, clients: 10 + i })),
        shares: shares.map(([organisationId, amount]) => ({ organisationId, amount })),
      },
    });
  await request('lumpsum-2021-todb', [
    [AMARYLLIS, '18000000.00'],
    [WINDKRACHT, '7844938.00'],
  ]);
  const CREATE = `mutation ($input: CreateLumpsumInput!) { createLumpsum(input: $input) { __typename ... on Lumpsum { id } ... on Error { message } } }`;
  const other = await run(CREATE, {
    input: {
      year: 2022,
      title: 'Matrix: basis + aanvullend 2022',
      lots: ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'],
      baseAmount: '10000000.00',
      decidedAmount: '10000000.00',
      lines: [],
      shares: [
        { organisationId: 'org-miep', amount: '6000000.00' },
        { organisationId: 'org-thfl', amount: '4000000.00' },
      ],
    },
  });
  await request(other.id!, [
    ['org-miep', '5000000.00'],
    ['org-thfl', '5000000.00'],
  ]);
}
