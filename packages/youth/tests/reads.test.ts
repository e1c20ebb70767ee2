import { randomUUID } from 'node:crypto';
import { createServiceTokenSigner, TOKEN_HEADER } from '@mienskip/kit/token';
import { postGraphQL, testServiceKey } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AMARYLLIS,
  JET,
  MUNICIPALITY,
  PROVIDER,
  startYouth,
  WINDKRACHT,
  type YouthUnderTest,
} from './helpers.ts';

let graph: YouthUnderTest;
beforeAll(async () => {
  graph = await startYouth();
});
afterAll(() => graph?.close());

const LIST = `query ($first: Int!, $route: YouthRoute, $open: Boolean) {
  youthCases(first: $first, route: $route, open: $open) { totalCount edges { node {
    id route openedBy { id } processDirector { id } household { id } area { id }
    consultations { id expertOrganisation { id } } decisions { id route organisation { id } }
    referrals { id organisation { id } } lightSupport { id goals organisation { id } }
    combinedRegie { id lead } children { id }
  } } }
}`;

type Node = {
  id: string;
  route: string;
  openedBy: { id: string };
  processDirector: { id: string } | null;
  consultations: { expertOrganisation: { id: string } }[];
  decisions: { organisation: { id: string } }[];
  referrals: { organisation: { id: string } }[];
  lightSupport: { organisation: { id: string } }[];
  children: { id: string }[] | null;
};
type Page = { youthCases: { totalCount: number | null; edges: { node: Node }[] } };

describe('youth cases: lists and sight (BR-Y10)', () => {
  it('lists a page with its events and children in statements that do not grow with the page', async () => {
    const statements = async (first: number) => {
      const before = graph.subgraph.database.statementCount;
      const data = await graph.data<Page>(LIST, { first });
      expect(data.youthCases.edges).toHaveLength(first);
      return graph.subgraph.database.statementCount - before;
    };
    const small = await statements(5);
    const large = await statements(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });

  it('shows a youth-care provider only the cases referred to it', async () => {
    const all = await graph.data<Page>(LIST, { first: 100 });
    const own = await graph.data<Page>(LIST, { first: 100 }, PROVIDER);
    const referred = graph.world.youth.rows.youthReferrals.map((r) => r.caseId);
    expect(own.youthCases.totalCount).toBe(new Set(referred).size);
    expect(own.youthCases.totalCount).toBeLessThan(all.youthCases.totalCount!);
    for (const { node } of own.youthCases.edges)
      expect(node.referrals.some((r) => r.organisation.id === 'org-jeugdhulpaanbieder')).toBe(true);
  });

  it('shows the JET the cases it consulted on, decided or directs, and an uninvolved provider none', async () => {
    const jet = await graph.data<Page>(LIST, { first: 100 }, JET);
    const { rows } = graph.world.youth;
    const involved = new Set([
      ...rows.jetConsultations.map((c) => c.caseId),
      ...rows.jetDecisions.map((d) => d.caseId),
      ...rows.youthCases.filter((c) => c.processDirectorOrganisationId === 'org-jet').map((c) => c.id),
    ]);
    expect(jet.youthCases.totalCount).toBe(involved.size);
    for (const { node } of jet.youthCases.edges) expect(involved.has(node.id)).toBe(true);
    const none = await graph.data<Page>(LIST, { first: 10 }, WINDKRACHT);
    expect(none.youthCases.edges).toHaveLength(0);
  });

  it('gives every Jeugdwet case a procesregisseur of the JET (BR-Y4)', async () => {
    const page = await graph.data<Page>(LIST, { first: 100, route: 'JEUGDWET' });
    expect(page.youthCases.edges.length).toBeGreaterThan(0);
    for (const { node } of page.youthCases.edges) expect(node.processDirector).not.toBeNull();
  });
});

describe('personal youth data (BR-Y11, Jeugdwet art. 7.4.0)', () => {
  const CHILDREN = 'query ($id: ID!) { youthCase(id: $id) { id children { id } consultations { advice } } }';

  it('refuses the children and the advice without a Jeugdwet purpose, and without personal-data', async () => {
    const [seeded] = graph.world.youth.cases;
    for (const caller of [
      {},
      { purpose: 'nieuwsgierig' },
      { ...MUNICIPALITY, scopes: ['youth:read' as const] },
    ]) {
      const before = graph.log.entries.length;
      const response = await graph.subgraph.query<{ youthCase: { children: null } }>(CHILDREN, {
        variables: { id: seeded!.id },
        caller,
      });
      expect(response.body.data?.youthCase?.children).toBeNull();
      expect(response.body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(graph.log.entries.length).toBe(before);
    }
  });

  it('refuses a purpose the key is not limited to', async () => {
    const [seeded] = graph.world.youth.cases;
    const response = await graph.subgraph.query(CHILDREN, {
      variables: { id: seeded!.id },
      caller: { ...MUNICIPALITY, allowedPurposes: ['BEKOSTIGING'] },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('logs the read once per child with a purpose', async () => {
    const seeded = graph.world.youth.cases.find((c) => c.childIds.length > 1)!;
    const before = graph.log.batches.length;
    const data = await graph.data<{ youthCase: { children: { id: string }[] } }>(CHILDREN, { id: seeded.id });
    expect(data.youthCase.children.map((c) => c.id).sort()).toEqual([...seeded.childIds].sort());
    const entries = graph.log.batches.slice(before).flatMap((b) => b.entries);
    for (const childId of seeded.childIds) {
      const mine = entries.filter((e) => e.subjectId === childId && e.action === 'READ');
      expect(mine).toHaveLength(1);
      expect(mine[0]!.fields).toContain('youthCases');
    }
  });

  it('links a person to youth cases only with a purpose, logged: Client.youthCases', async () => {
    const seeded = graph.world.youth.cases[0]!;
    const childId = seeded.childIds[0]!;
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { youthCases { id } } } }`;
    const variables = { r: [{ __typename: 'Client', id: childId }] };
    const refused = await graph.subgraph.query(query, { variables, caller: {} });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = graph.log.entries.length;
    const data = await graph.data<{ _entities: { youthCases: { id: string }[] }[] }>(query, variables);
    expect(data._entities[0]!.youthCases.map((c) => c.id)).toContain(seeded.id);
    expect(graph.log.entries.slice(before).some((e) => e.subjectId === childId)).toBe(true);
  });

  it('lists a household’s youth cases for a key that may see them: Household.youthCases', async () => {
    const seeded = graph.world.youth.cases[0]!;
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { youthCases { id } } } }`;
    const variables = { r: [{ __typename: 'Household', id: seeded.householdId }] };
    const municipal = await graph.data<{ _entities: { youthCases: { id: string }[] }[] }>(query, variables);
    expect(municipal._entities[0]!.youthCases.map((c) => c.id)).toContain(seeded.id);
    const other = await graph.data<{ _entities: { youthCases: { id: string }[] }[] }>(
      query,
      variables,
      WINDKRACHT,
    );
    expect(other._entities[0]!.youthCases).toEqual([]);
  });
});

describe('the caseload clients asks for (BR-Y14)', () => {
  const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on YouthCaseload { id householdIds } } }`;
  const variables = { r: [{ __typename: 'YouthCaseload', id: 'org-jet' }] };
  const expected = () => {
    const { rows } = graph.world.youth;
    const open = new Map(rows.youthCases.filter((c) => !c.closedOn).map((c) => [c.id, c.householdId]));
    const involved = new Set([
      ...rows.jetConsultations.map((c) => c.caseId),
      ...rows.jetDecisions.map((d) => d.caseId),
      ...rows.youthCases.filter((c) => c.processDirectorOrganisationId === 'org-jet').map((c) => c.id),
    ]);
    return [...new Set([...involved].filter((id) => open.has(id)).map((id) => open.get(id)!))].sort();
  };

  it('answers clients’ service token with the households of the JET’s open cases', async () => {
    const signer = await createServiceTokenSigner(await testServiceKey('clients'), 'clients');
    const response = await postGraphQL<{ _entities: { householdIds: string[] }[] }>(
      graph.subgraph.url,
      QUERY,
      {
        variables,
        headers: { [TOKEN_HEADER]: await signer.sign('youth', randomUUID()) },
      },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!._entities[0]!.householdIds).toEqual(expected());
  });

  it('answers the organisation itself, and nobody else', async () => {
    const own = await graph.data<{ _entities: ({ householdIds: string[] } | null)[] }>(QUERY, variables, JET);
    expect(own._entities[0]!.householdIds).toEqual(expected());
    const other = await graph.data<{ _entities: ({ householdIds: string[] } | null)[] }>(
      QUERY,
      variables,
      AMARYLLIS,
    );
    expect(other._entities[0]).toBeNull();
  });
});

describe('youth statistics (BR-Y15)', () => {
  const STATS = `query ($from: Date!, $to: Date!) { youthStatistics(from: $from, to: $to) {
    casesByRoute { route cases { value secret rounded } }
    lightSupportByGoal { goal cases { value secret } }
    consultations { value secret rounded } decisionsByRoute { route decisions { value } } referrals { value secret }
  } }`;
  type Stats = {
    youthStatistics: {
      casesByRoute: { route: string; cases: { value: number | null; secret: boolean; rounded: boolean } }[];
      lightSupportByGoal: { goal: string; cases: { value: number | null } }[];
      consultations: { value: number | null };
    };
  };

  it('answers a key with only the statistics scope under the CBS rule, every route and goal listed', async () => {
    const stats = await graph.data<Stats>(
      STATS,
      { from: '2021-01-01', to: '2022-12-31' },
      { scopes: ['statistics'] },
    );
    const { casesByRoute, lightSupportByGoal } = stats.youthStatistics;
    expect(casesByRoute.map((r) => r.route)).toEqual(['SOCIALE_BASIS', 'BASIS', 'JEUGDWET']);
    expect(lightSupportByGoal).toHaveLength(6);
    for (const { cases } of casesByRoute)
      expect(cases.secret || (cases.rounded && cases.value! % 5 === 0)).toBe(true);
    const exact = await graph.data<Stats>(STATS, { from: '2021-01-01', to: '2022-12-31' });
    const jeugdwet = exact.youthStatistics.casesByRoute.find((r) => r.route === 'JEUGDWET')!.cases.value!;
    const seeded = graph.world.youth.rows.youthCases.filter((c) => c.route === 'JEUGDWET').length;
    expect(jeugdwet).toBeGreaterThanOrEqual(seeded);
    const goals = exact.youthStatistics.lightSupportByGoal.map((g) => g.cases.value!);
    expect(goals.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    expect(exact.youthStatistics.consultations.value).toBeGreaterThan(0);
  });

  it('refuses part of a month without personal-data, and a period over ten years', async () => {
    const partial = await graph.subgraph.query(STATS, {
      variables: { from: '2021-01-05', to: '2021-12-31' },
      caller: { scopes: ['statistics'] },
    });
    expect(partial.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await graph.subgraph.query(STATS, { variables: { from: '2001-01-01', to: '2022-12-31' } });
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forbidden = await graph.subgraph.query(STATS, {
      variables: { from: '2021-01-01', to: '2021-12-31' },
      caller: { scopes: ['youth:read'] },
    });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('households with Jeugdwet and Wmo or debt support side by side (BR-Y6)', () => {
  it('lists open Jeugdwet cases whose household has a Wmo regievoerder or open debt case, with who leads or null', async () => {
    const data = await graph.data<{
      combinedSupportCases: {
        youthCase: { id: string; route: string; closedOn: string | null };
        processDirector: { id: string } | null;
        wmoRegievoerder: { id: string } | null;
        wmoSupport: boolean;
        debtSupport: boolean | null;
        lead: string | null;
      }[];
    }>(
      `{ combinedSupportCases { youthCase { id route closedOn } processDirector { id } wmoRegievoerder { id } wmoSupport debtSupport lead } }`,
    );
    const list = data.combinedSupportCases;
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      expect(entry.youthCase).toMatchObject({ route: 'JEUGDWET', closedOn: null });
      expect(entry.processDirector).not.toBeNull();
      expect(entry.wmoRegievoerder !== null).toBe(entry.wmoSupport);
      expect(entry.wmoSupport || entry.debtSupport === true).toBe(true);
    }
    expect(list.some((entry) => entry.lead === null)).toBe(true);
    expect(list.some((entry) => entry.lead !== null)).toBe(true);
  });
});
