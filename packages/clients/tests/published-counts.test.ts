import type { CallerOptions } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, startClients } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

/** The municipality's analyst: every read and statistics, no personal data. */
const ANALYST: CallerOptions = { scopes: ['clients:read', 'statistics'] };
/** The municipality with personal data. */
const CASEWORKER: CallerOptions = { scopes: ['clients:read', 'personal-data'] };

const rounded = (n: number) => (n <= 7 ? null : Math.round(n / 5) * 5);

const COUNTS = `query ($coordinator: ID!, $area: ID!) {
  all: clients(first: 1) { totalCount }
  coordinated: clients(first: 1, filter: { coordinatorId: $coordinator }) { totalCount }
  coordinatedHouseholds: households(first: 1, coordinatorId: $coordinator) { totalCount }
  inArea: households(first: 1, areaId: $area) { totalCount }
  inPillar: clients(first: 1, filter: { pillar: AANVULLEND, areaId: $area }) { totalCount }
  followUpPending: transitionInterviews(first: 1, status: FOLLOW_UP_PENDING) { totalCount }
  handover: clients(first: 1, filter: { transitionStatus: HANDOVER_IN_PROGRESS }) { totalCount }
  nobody: clients(first: 1, filter: { coordinatorId: "worker-unknown" }) { totalCount }
}`;
type Counts = Record<string, { totalCount: number | null }>;

describe('no exact counts around the small-number rule (BR-KT1)', () => {
  it('publishes every totalCount, filtered or not, under the rule without personal-data, exactly with it', async () => {
    // a regievoerder with a small group: the coordinator of the first household that has one
    const { households } = await graph.data<{
      households: { edges: { node: { coordinatorAssignments: { worker: { id: string } | null }[] } }[] };
    }>('{ households(first: 50) { edges { node { coordinatorAssignments { worker { id } } } } } }');
    const coordinator = households.edges.flatMap((e) => e.node.coordinatorAssignments).find((a) => a.worker)!
      .worker!.id;
    const variables = { coordinator, area: 'area-noord' };

    const exact = await graph.data<Counts>(COUNTS, variables, CASEWORKER);
    const published = await graph.data<Counts>(COUNTS, variables, ANALYST);

    expect(exact.nobody!.totalCount).toBe(0);
    expect(published.nobody!.totalCount).toBeNull();
    expect(exact.coordinated!.totalCount).toBeGreaterThan(0);
    for (const [name, { totalCount }] of Object.entries(exact)) {
      expect(totalCount, name).toEqual(expect.any(Number));
      expect(published[name]!.totalCount, name).toBe(rounded(totalCount!));
    }
    // a regievoerder's clients form a small group: secret, or at least rounded to fives
    const small = published.coordinatedHouseholds!.totalCount;
    expect(small === null || small % 5 === 0).toBe(true);
    expect(published.all!.totalCount! % 5).toBe(0);
  });

  it("publishes an organisation's caseload per pillar, every pillar listed, under the rule without personal-data", async () => {
    const CASELOAD = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Organisation { id caseload { byPillar { pillar clients } } } } }`;
    const reps = ['org-amaryllis', 'org-windkracht058'].map((id) => ({ __typename: 'Organisation', id }));
    type Caseloads = {
      _entities: { caseload: { byPillar: { pillar: string; clients: number | null }[] } }[];
    };
    const exact = await graph.data<Caseloads>(CASELOAD, { reps }, CASEWORKER);
    const published = await graph.data<Caseloads>(CASELOAD, { reps }, ANALYST);
    for (const [i, organisation] of exact._entities.entries()) {
      expect(organisation.caseload.byPillar.map((p) => p.pillar)).toEqual([
        'SOCIALE_BASIS',
        'BASIS',
        'AANVULLEND',
      ]);
      expect(published._entities[i]!.caseload.byPillar).toEqual(
        organisation.caseload.byPillar.map((p) => ({ pillar: p.pillar, clients: rounded(p.clients!) })),
      );
    }
    // Windkracht058 gives no basis support: its zero is exact with personal-data, secret without
    expect(exact._entities[1]!.caseload.byPillar[1]).toEqual({ pillar: 'BASIS', clients: 0 });
    expect(published._entities[1]!.caseload.byPillar[1]).toEqual({ pillar: 'BASIS', clients: null });
  });
});
