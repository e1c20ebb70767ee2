import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientsUnderTest, startClients, WINDKRACHT } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

const TRANSITION_QUESTION = `{
  notHandedOver: transitionInterviews(status: HELD_NOT_HANDED_OVER, first: 100) {
    totalCount edges { node { id heldOn handover status client { id } } }
  }
  noFollowUp: transitionInterviews(status: NO_FOLLOW_UP, first: 100) {
    totalCount edges { node { id plannedOn heldOn status } }
  }
}`;

type Interview = {
  id: string;
  heldOn: string | null;
  plannedOn?: string | null;
  handover?: string;
  status: string;
};
type Page = { totalCount: number; edges: { node: Interview }[] };

describe('the transition question of late 2020, in one query', () => {
  it('lists who was interviewed but not handed over, and who has no follow-up at all', async () => {
    const data = await graph.data<{ notHandedOver: Page; noFollowUp: Page }>(TRANSITION_QUESTION);
    expect(data.notHandedOver.totalCount).toBeGreaterThan(0);
    expect(data.noFollowUp.totalCount).toBeGreaterThan(0);
    for (const { node } of data.notHandedOver.edges) {
      expect(node.heldOn).not.toBeNull();
      expect(node.handover).not.toBe('COMPLETED');
      expect(node.status).toBe('HELD_NOT_HANDED_OVER');
    }
    for (const { node } of data.noFollowUp.edges) {
      expect(node).toMatchObject({ plannedOn: null, heldOn: null, status: 'NO_FOLLOW_UP' });
    }
  });

  it('filters clients by transition status with the same meaning', async () => {
    const data = await graph.data<{
      clients: { totalCount: number };
      transitionInterviews: { totalCount: number };
    }>(`{
      clients(first: 1, filter: { transitionStatus: NO_FOLLOW_UP }) { totalCount }
      transitionInterviews(first: 1, status: NO_FOLLOW_UP) { totalCount }
    }`);
    expect(data.clients.totalCount).toBe(data.transitionInterviews.totalCount);
  });

  it('records a handover only after the interview, and moves the resident out of the question', async () => {
    const { noFollowUp } = await graph.data<{ noFollowUp: Page }>(TRANSITION_QUESTION);
    const interview = noFollowUp.edges[0]!.node;
    const RECORD = `mutation ($input: RecordTransitionInput!) {
      recordTransitionInterview(input: $input) { __typename ... on TransitionInterview { status version } ... on Error { message } }
    }`;
    const early = await graph.data<{ recordTransitionInterview: { __typename: string } }>(RECORD, {
      input: { id: interview.id, version: 1, handover: 'COMPLETED' },
    });
    expect(early.recordTransitionInterview.__typename).toBe('RuleViolationError');
    const held = await graph.data<{ recordTransitionInterview: { status: string } }>(RECORD, {
      input: {
        id: interview.id,
        version: 1,
        plannedOn: '2020-10-01',
        heldOn: '2020-10-01',
        outcome: 'BASIS',
        handover: 'COMPLETED',
        newProviderId: 'org-amaryllis',
      },
    });
    expect(held.recordTransitionInterview.status).toBe('HANDED_OVER');
    const after = await graph.data<{ noFollowUp: Page }>(TRANSITION_QUESTION);
    expect(after.noFollowUp.totalCount).toBe(noFollowUp.totalCount - 1);
  });
});

const STATISTICS = `query ($areaId: ID) {
  clientStatistics(from: "2021-01-01", to: "2021-12-31", areaId: $areaId) {
    clientsByPillarAndKind { pillar kind clients { value secret rounded } }
    deliveryForms { form clients { value secret rounded } }
    requestsByOutcome { outcome requests { value secret } }
    referrals { value secret }
    decisions { outcome decisions { value secret } }
    objections { value secret }
    complaints { level complaints { value secret } }
    transition { status clients { value secret rounded } }
    waitingTime { measured { value secret } averageDays }
  }
}`;

type Count = { value: number | null; secret: boolean; rounded?: boolean };

describe('clientStatistics', () => {
  it('is exact with personal-data and follows the CBS rule without it', async () => {
    const exact = await graph.data<{
      clientStatistics: { transition: { status: string; clients: Count }[] };
    }>(STATISTICS);
    const published = await graph.data<{
      clientStatistics: {
        transition: { status: string; clients: Count }[];
        clientsByPillarAndKind: { clients: Count }[];
      };
    }>(STATISTICS, undefined, { scopes: ['statistics'] });
    exact.clientStatistics.transition.forEach((row, i) => {
      const shown = published.clientStatistics.transition[i]!;
      expect(row.clients.rounded).toBe(false);
      if (row.clients.value! <= 7)
        expect(shown.clients).toEqual({ value: null, secret: true, rounded: false });
      else
        expect(shown.clients).toEqual({
          value: Math.round(row.clients.value! / 5) * 5,
          secret: false,
          rounded: true,
        });
    });
    for (const row of published.clientStatistics.clientsByPillarAndKind) {
      expect(row.clients.secret || row.clients.value! % 5 === 0).toBe(true);
    }
  });

  it('counts the transition in line with the interview list', async () => {
    const stats = await graph.data<{
      clientStatistics: { transition: { status: string; clients: Count }[] };
    }>(STATISTICS);
    const list = await graph.data<{ transitionInterviews: { totalCount: number } }>(
      '{ transitionInterviews(first: 1, status: HELD_NOT_HANDED_OVER) { totalCount } }',
    );
    expect(
      stats.clientStatistics.transition.find((r) => r.status === 'HELD_NOT_HANDED_OVER')!.clients.value,
    ).toBe(list.transitionInterviews.totalCount);
  });

  it('narrows to an area and needs the statistics scope', async () => {
    const all = await graph.data<{ clientStatistics: { transition: { clients: Count }[] } }>(STATISTICS);
    const noord = await graph.data<{ clientStatistics: { transition: { clients: Count }[] } }>(STATISTICS, {
      areaId: 'area-noord',
    });
    const sum = (rows: { clients: Count }[]) => rows.reduce((n, r) => n + (r.clients.value ?? 0), 0);
    expect(sum(noord.clientStatistics.transition)).toBeLessThan(sum(all.clientStatistics.transition));
    const refused = await graph.subgraph.query(STATISTICS, { caller: { scopes: ['clients:read'] } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("counts for a provider only its own clients and its own organisation's engagements, and no beschikkingen", async () => {
    const query = `{ clientStatistics(from: "2021-01-01", to: "2021-12-31") {
      clientsByPillarAndKind { pillar kind clients { value } }
      decisions { outcome decisions { value } }
      objections { value }
    } }`;
    type Stats = {
      clientStatistics: {
        clientsByPillarAndKind: { pillar: string; kind: string; clients: Count }[];
        decisions: unknown;
        objections: unknown;
      };
    };
    const municipal = await graph.data<Stats>(query);
    expect(municipal.clientStatistics.decisions).not.toBeNull();
    const provider = await graph.subgraph.query<Stats>(query, { caller: WINDKRACHT });
    const stats = provider.body.data!.clientStatistics;
    expect([stats.decisions, stats.objections]).toEqual([null, null]);
    expect(provider.body.errors?.map((e) => [e.path?.at(-1), e.extensions?.code])).toEqual([
      ['decisions', 'FORBIDDEN'],
      ['objections', 'FORBIDDEN'],
    ]);
    // Windkracht058 gives aanvullende ondersteuning only: no basis kinds of other providers in its counts.
    const pillars = new Set(
      stats.clientsByPillarAndKind.filter((r) => (r.clients.value ?? 0) > 0).map((r) => r.pillar),
    );
    expect(pillars).toEqual(new Set(['AANVULLEND']));
    expect(
      new Set(municipal.clientStatistics.clientsByPillarAndKind.map((r) => r.pillar)).size,
    ).toBeGreaterThan(1);
  });
});
