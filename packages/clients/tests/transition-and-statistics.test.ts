import type { Scope } from '@mienskip/kit/scopes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_OUTCOMES } from '../src/domain/codes.ts';
import { STATISTICS_CATALOGUE } from '../src/domain/statistics.ts';
import { type ClientsUnderTest, startClients, WINDKRACHT } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

const TRANSITION_QUESTION = `{
  followUpPending: transitionInterviews(status: FOLLOW_UP_PENDING, first: 100) {
    totalCount edges { node { id version heldOn outcome handover status client { id } } }
  }
  handoverInProgress: transitionInterviews(status: HANDOVER_IN_PROGRESS, first: 100) {
    totalCount edges { node { id heldOn handover status } }
  }
  notPlanned: transitionInterviews(status: NOT_PLANNED, first: 100) {
    totalCount edges { node { id plannedOn heldOn status } }
  }
  heldNotHandedOver: transitionInterviews(status: HELD_NOT_HANDED_OVER, first: 1) { totalCount }
  noFollowUp: transitionInterviews(status: NO_FOLLOW_UP, first: 1) { totalCount }
}`;

type Interview = {
  id: string;
  version?: number;
  heldOn: string | null;
  plannedOn?: string | null;
  outcome?: string | null;
  handover?: string;
  status: string;
};
type Page = { totalCount: number; edges: { node: Interview }[] };
type Question = {
  followUpPending: Page;
  handoverInProgress: Page;
  notPlanned: Page;
  heldNotHandedOver: { totalCount: number };
  noFollowUp: { totalCount: number };
};

describe('the transition question of late 2020, in one query', () => {
  it('lists who has the follow-up after the conversation still to do, apart from a handover under way', async () => {
    const data = await graph.data<Question>(TRANSITION_QUESTION);
    expect(data.followUpPending.totalCount).toBeGreaterThan(0);
    expect(data.handoverInProgress.totalCount).toBeGreaterThan(0);
    for (const { node } of data.followUpPending.edges) {
      expect(node.heldOn).not.toBeNull();
      expect(node).toMatchObject({ handover: 'NOT_STARTED', status: 'FOLLOW_UP_PENDING' });
    }
    for (const { node } of data.handoverInProgress.edges) {
      expect(node).toMatchObject({ handover: 'IN_PROGRESS', status: 'HANDOVER_IN_PROGRESS' });
    }
    // The council letter: every perspective conversation was held by late November 2020.
    expect(data.notPlanned.totalCount).toBe(0);
  });

  it('keeps the deprecated statuses as filters with their old meaning', async () => {
    const data = await graph.data<Question>(TRANSITION_QUESTION);
    expect(data.heldNotHandedOver.totalCount).toBe(
      data.followUpPending.totalCount + data.handoverInProgress.totalCount,
    );
    expect(data.noFollowUp.totalCount).toBe(data.notPlanned.totalCount);
    const { __type } = await graph.data<{
      __type: { enumValues: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] };
    }>(
      '{ __type(name: "TransitionStatus") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    );
    const deprecated = __type.enumValues.filter((v) => v.isDeprecated);
    expect(deprecated.map((v) => v.name).sort()).toEqual(['HELD_NOT_HANDED_OVER', 'NO_FOLLOW_UP']);
    expect(deprecated.every((v) => Boolean(v.deprecationReason))).toBe(true);
  });

  it('filters clients by transition status with the same meaning', async () => {
    const data = await graph.data<{
      clients: { totalCount: number };
      transitionInterviews: { totalCount: number };
    }>(`{
      clients(first: 1, filter: { transitionStatus: FOLLOW_UP_PENDING }) { totalCount }
      transitionInterviews(first: 1, status: FOLLOW_UP_PENDING) { totalCount }
    }`);
    expect(data.clients.totalCount).toBe(data.transitionInterviews.totalCount);
  });

  it('records a handover only in P5’s order, and moves the resident out of the question', async () => {
    const { followUpPending } = await graph.data<Question>(TRANSITION_QUESTION);
    const interview = followUpPending.edges[0]!.node;
    const RECORD = `mutation ($input: RecordTransitionInput!) {
      recordTransitionInterview(input: $input) { __typename ... on TransitionInterview { status version } ... on Error { message } }
    }`;
    const beforePlanned = await graph.data<{ recordTransitionInterview: { __typename: string } }>(RECORD, {
      input: { id: interview.id, version: interview.version, plannedOn: '2021-01-05' },
    });
    expect(beforePlanned.recordTransitionInterview.__typename).toBe('RuleViolationError');
    const handed = await graph.data<{ recordTransitionInterview: { status: string } }>(RECORD, {
      input: {
        id: interview.id,
        version: interview.version,
        handover: 'COMPLETED',
        newProviderId: 'org-amaryllis',
      },
    });
    expect(handed.recordTransitionInterview.status).toBe('HANDED_OVER');
    const after = await graph.data<Question>(TRANSITION_QUESTION);
    expect(after.followUpPending.totalCount).toBe(followUpPending.totalCount - 1);
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

  it('lists every group of its catalogue, zero included, under the rule without personal-data (BR-KT5)', async () => {
    // An area and a provider with few residents: many groups are empty there.
    const query = `{ clientStatistics(from: "2021-03-01", to: "2021-03-31", areaId: "area-noord") {
      clientsByPillarAndKind { pillar kind clients { value secret } }
      requestsByOutcome { outcome requests { value secret } }
      complaints { level complaints { value secret } }
    } }`;
    type Stats = {
      clientStatistics: {
        clientsByPillarAndKind: { pillar: string; kind: string; clients: Count }[];
        requestsByOutcome: { outcome: string | null; requests: Count }[];
        complaints: { level: string; complaints: Count }[];
      };
    };
    const published = (await graph.data<Stats>(query, undefined, { scopes: ['statistics'] }))
      .clientStatistics;
    expect(published.clientsByPillarAndKind.map((r) => ({ pillar: r.pillar, kind: r.kind }))).toEqual(
      STATISTICS_CATALOGUE.pillarKinds,
    );
    expect(published.requestsByOutcome.map((r) => r.outcome)).toEqual([...REQUEST_OUTCOMES, null]);
    for (const row of published.clientsByPillarAndKind) {
      expect(row.clients.secret || (row.clients.value! >= 8 && row.clients.value! % 5 === 0)).toBe(true);
    }
    const exact = (await graph.data<Stats>(query)).clientStatistics;
    // Light parenting support is youth's (BR-CL16): clients counts it in no group, not even as a zero.
    expect(exact.clientsByPillarAndKind.filter((r) => r.kind === 'LICHTE_OPVOEDONDERSTEUNING')).toEqual([]);
    // Nor debt help, which is debt's (BR-CL17).
    expect(exact.clientsByPillarAndKind.filter((r) => r.kind === 'SCHULDHULPVERLENING')).toEqual([]);
    const empty = exact.clientsByPillarAndKind.filter((r) => r.clients.value === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const row of empty) {
      const shown = published.clientsByPillarAndKind.find(
        (r) => r.pillar === row.pillar && r.kind === row.kind,
      );
      expect(shown!.clients).toEqual({ value: null, secret: true });
    }
    // A provider too sees every group, not only those of its own kinds.
    const provider = await graph.subgraph.query<Stats>(query, {
      caller: { ...WINDKRACHT, scopes: ['statistics'] },
    });
    expect(provider.body.data!.clientStatistics.clientsByPillarAndKind).toHaveLength(
      STATISTICS_CATALOGUE.pillarKinds.length,
    );
  });

  it('takes whole calendar months only from a key without personal-data (BR-KT5)', async () => {
    const ask = (from: string, to: string, scopes: Scope[]) =>
      graph.subgraph.query<{ clientStatistics: { referrals: Count } }>(
        `{ clientStatistics(from: "${from}", to: "${to}") { referrals { value secret } } }`,
        { caller: { scopes } },
      );
    for (const [from, to] of [
      ['2021-01-02', '2021-12-31'],
      ['2021-01-01', '2021-12-30'],
      ['2021-03-01', '2021-03-15'],
    ]) {
      const refused = await ask(from!, to!, ['statistics']);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.body.data?.clientStatistics ?? null).toBeNull();
      const exact = await ask(from!, to!, ['statistics', 'personal-data']);
      expect(exact.body.errors).toBeUndefined();
    }
    for (const [from, to] of [
      ['2021-02-01', '2021-02-28'],
      ['2021-04-01', '2021-06-30'],
      ['2020-11-01', '2021-01-31'],
    ]) {
      expect((await ask(from!, to!, ['statistics'])).body.errors).toBeUndefined();
    }
  });

  it('counts the transition in line with the interview list', async () => {
    const stats = await graph.data<{
      clientStatistics: { transition: { status: string; clients: Count }[] };
    }>(STATISTICS);
    const list = await graph.data<{ transitionInterviews: { totalCount: number } }>(
      '{ transitionInterviews(first: 1, status: FOLLOW_UP_PENDING) { totalCount } }',
    );
    expect(stats.clientStatistics.transition.map((r) => r.status)).toEqual([
      'NOT_PLANNED',
      'PLANNED',
      'FOLLOW_UP_PENDING',
      'HANDOVER_IN_PROGRESS',
      'HANDED_OVER',
    ]);
    expect(
      stats.clientStatistics.transition.find((r) => r.status === 'FOLLOW_UP_PENDING')!.clients.value,
    ).toBe(list.transitionInterviews.totalCount);
  });

  it('counts the transition as it stood on the last day of the period asked', async () => {
    const TRANSITION_AT = `query ($from: Date!, $to: Date!) {
      clientStatistics(from: $from, to: $to) { transition { status clients { value } } }
    }`;
    type Rows = { clientStatistics: { transition: { status: string; clients: Count }[] } };
    const at = async (from: string, to: string) =>
      Object.fromEntries(
        (await graph.data<Rows>(TRANSITION_AT, { from, to })).clientStatistics.transition.map((r) => [
          r.status,
          r.clients.value!,
        ]),
      ) as Record<string, number>;
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    const beforeAny = await at('2020-01-01', '2020-02-29');
    const midway = await at('2020-04-01', '2020-06-30');
    const late2020 = await at('2020-01-01', '2020-11-30');
    // Before the first conversation nothing was held; midway some were; by late November all were.
    expect(beforeAny.PLANNED).toBe(total(beforeAny));
    expect(midway.PLANNED).toBeGreaterThan(0);
    expect(midway.HANDED_OVER).toBeGreaterThan(0);
    expect([late2020.PLANNED, late2020.NOT_PLANNED]).toEqual([0, 0]);
    expect(total(midway)).toBe(total(late2020));
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
