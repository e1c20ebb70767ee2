import type { TestGateway } from '@mienskip/gateway/testing';
import type { TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// Organisation identity comes from budget; locations refers to it by key. The gateway joins them.
let graph: TestGraph;
let gateway: TestGateway;
let budget: TestSubgraph;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway, budget } = graph);
});
afterAll(() => graph?.close());

describe('organisations across subgraphs', () => {
  it('lists every organisation known to the graph', async () => {
    const response = await gateway.query<{ organisations: { id: string; kind: string }[] }>(
      '{ organisations { id name kind } }',
    );
    expect(response.body.errors).toBeUndefined();
    const ids = response.body.data!.organisations.map((o) => o.id);
    // Every organisation another subgraph refers to in its seed exists here.
    for (const id of [
      'org-amaryllis',
      'org-vol',
      'org-buurtservicepunt',
      'org-windkracht058',
      'org-jet',
      'org-sociale-zaken',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("resolves the rooms' organisations by name, one batched statement per entity fetch however many rooms", async () => {
    const selection = 'organisations { name } presence { role organisation { name kind } }';
    const count = async (query: string) => {
      const before = budget.database.statementCount;
      const response = await gateway.query<{
        rooms?: {
          organisations: { name: string }[];
          presence: { organisation: { name: string } | null }[];
        }[];
      }>(query);
      expect(response.body.errors).toBeUndefined();
      return { statements: budget.database.statementCount - before, data: response.body.data! };
    };
    const all = await count(`{ rooms { id ${selection} } }`);
    expect(all.data.rooms!.every((room) => room.organisations[0]?.name === 'Amaryllis')).toBe(true);
    expect(all.data.rooms![0]!.presence.map((p) => p.organisation?.name)).toContain(
      'Vrijwilligers Organisaties Leeuwarden (V-O-L)',
    );
    const one = await count(`{ room(id: "room-de-skalm") { id ${selection} } }`);
    // Two entity fetches to budget (room organisations, presence organisations): one statement each.
    expect(all.statements).toBe(2);
    expect(one.statements).toBe(all.statements);
  });

  it('refuses an AGB code that is not eight digits, registering nothing', async () => {
    const register = (agb: string) =>
      gateway.query<{ registerOrganisation: Record<string, unknown> }>(
        `mutation { registerOrganisation(input: { name: "Kernpartner Test", kind: PROVIDER, agbCode: "${agb}" }) {
          __typename ... on ValidationError { field } ... on Organisation { id agbCode } } }`,
      );
    expect((await register('1234567')).body.data!.registerOrganisation).toEqual({
      __typename: 'ValidationError',
      field: 'agbCode',
    });
    const found = await gateway.query<{ organisation: unknown }>(
      '{ organisation(id: "org-kernpartner-test") { id } }',
    );
    expect(found.body.data!.organisation).toBeNull();
    expect((await register('12345678')).body.data!.registerOrganisation).toEqual({
      __typename: 'Organisation',
      id: 'org-kernpartner-test',
      agbCode: '12345678',
    });
  });

  it('updates with optimistic concurrency', async () => {
    const update = (version: number) =>
      gateway.query<{ updateOrganisation: Record<string, unknown> }>(
        `mutation { updateOrganisation(input: { id: "org-mindup", version: ${version}, description: "Debt-help partner" }) {
          __typename ... on Organisation { version description } ... on VersionConflictError { currentVersion } } }`,
      );
    expect((await update(1)).body.data!.updateOrganisation).toEqual({
      __typename: 'Organisation',
      version: 2,
      description: 'Debt-help partner',
    });
    expect((await update(1)).body.data!.updateOrganisation).toEqual({
      __typename: 'VersionConflictError',
      currentVersion: 2,
    });
  });
});
