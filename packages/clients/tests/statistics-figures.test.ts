import type { CallerOptions } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  END_REASONS,
  HOUSING_LINK_STATUSES,
  OBJECTION_OUTCOMES,
  PILLARS,
  PROVISION_TYPES,
} from '../src/domain/codes.ts';
import { decision, referral, register, start } from './fixtures.ts';
import { type ClientsUnderTest, startClients } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

const ANALYST: CallerOptions = { scopes: ['statistics'] };
const EXACT: CallerOptions = { scopes: ['statistics', 'personal-data'] };

type Count = { value: number | null; secret: boolean; rounded: boolean; suppressed: boolean };

/** The figures added for the council report (BR-CL20–BR-CL24), with the group each list is keyed by. */
const LISTS = {
  clientsByPillar: ['pillar', 'clients', PILLARS],
  clientsByProvision: ['provisionType', 'clients', PROVISION_TYPES],
  engagementsEndedByReason: ['reason', 'engagements', END_REASONS],
  complaintsByStatus: ['status', 'complaints', ['OPEN', 'RESOLVED']],
  objectionsByOutcome: ['outcome', 'objections', [...OBJECTION_OUTCOMES, null]],
  housingLinks: ['status', 'links', HOUSING_LINK_STATUSES],
} as const;
const COUNT = '{ value secret rounded suppressed }';
const FIGURES = `${Object.entries(LISTS)
  .map(([field, [group, count]]) => `${field} { ${group} ${count} ${COUNT} }`)
  .join('\n')} referralsNotStarted ${COUNT} waitingTime { measured ${COUNT} averageDays }`;

const SERIES = `query ($from: Date!, $to: Date!, $grain: StatisticsGrain) {
  clientStatisticsSeries(from: $from, to: $to, grain: $grain) { from ${FIGURES} }
}`;
const AREA_SERIES = `query ($reps: [_Any!]!, $from: Date!, $to: Date!, $grain: StatisticsGrain) {
  _entities(representations: $reps) { ... on Area { clientStatisticsSeries(from: $from, to: $to, grain: $grain) {
    from ${FIGURES} } } }
}`;

type Row = Record<string, unknown> & {
  from: string;
  referralsNotStarted: Count;
  waitingTime: { measured: Count; averageDays: number | null };
};

const seriesOf = async (caller: CallerOptions, from: string, to: string, grain: string) =>
  (await graph.data<{ clientStatisticsSeries: Row[] }>(SERIES, { from, to, grain }, caller))
    .clientStatisticsSeries;

/** Every count of a table by name (`period field group`), for comparing tables and finding what changed. */
function countsOf(rows: Row[]): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const row of rows) {
    for (const [field, [group, count]] of Object.entries(LISTS)) {
      for (const item of row[field] as Record<string, unknown>[])
        counts.set(`${row.from} ${field} ${item[group]}`, item[count] as Count);
    }
    counts.set(`${row.from} referralsNotStarted`, row.referralsNotStarted);
    counts.set(`${row.from} waitingTime`, row.waitingTime.measured);
  }
  return counts;
}

const published = (n: number): Count =>
  n <= 7
    ? { value: null, secret: true, rounded: false, suppressed: false }
    : { value: Math.round(n / 5) * 5, secret: false, rounded: true, suppressed: false };

describe('the council figures under the CBS rule (BR-KT1, BR-KT5)', () => {
  it('lists every group of each new figure, in its catalogue order, in every cell', async () => {
    for (const row of await seriesOf(ANALYST, '2021-01-01', '2021-12-31', 'MONTH')) {
      for (const [field, [group, , catalogue]] of Object.entries(LISTS))
        expect(
          (row[field] as Record<string, unknown>[]).map((item) => item[group]),
          field,
        ).toEqual([...catalogue]);
    }
  });

  it('is exact with personal-data, and secret (0–7) or rounded to fives without it, count by count', async () => {
    for (const grain of ['MONTH', 'YEAR']) {
      const exact = countsOf(await seriesOf(EXACT, '2021-01-01', '2021-12-31', grain));
      const shown = countsOf(await seriesOf(ANALYST, '2021-01-01', '2021-12-31', grain));
      expect([...shown.keys()]).toEqual([...exact.keys()]);
      for (const [name, count] of exact) {
        expect(count.rounded || count.secret || count.suppressed, name).toBe(false);
        expect(shown.get(name), name).toEqual(published(count.value!));
      }
      // Both sides of the rule occur, so the comparison above tests both.
      const values = [...exact.values()].map((c) => c.value!);
      expect(values.some((n) => n > 7)).toBe(true);
      expect(values.some((n) => n <= 7)).toBe(true);
    }
  });

  it('gives the average wait of a cell only when the number measured is not secret', async () => {
    const reps = ['area-noord', 'area-west', 'area-oud-oost'].map((id) => ({ __typename: 'Area', id }));
    const ask = async (caller: CallerOptions) =>
      (
        await graph.data<{ _entities: { clientStatisticsSeries: Row[] }[] }>(
          AREA_SERIES,
          { reps, from: '2021-01-01', to: '2021-12-31', grain: 'QUARTER' },
          caller,
        )
      )._entities.flatMap((area) => area.clientStatisticsSeries.map((row) => row.waitingTime));
    const exact = await ask(EXACT);
    const shown = await ask(ANALYST);
    let secret = 0;
    for (const [i, wait] of shown.entries()) {
      if (wait.measured.secret) {
        secret += 1;
        expect(wait.averageDays).toBeNull();
      } else expect(wait.averageDays).toBe(exact[i]!.averageDays);
    }
    expect(secret).toBeGreaterThan(0);
    expect(secret).toBeLessThan(shown.length);
  });
});

describe('what each new figure counts (exact, with personal-data)', () => {
  const HALF_YEAR = ['2021-01-01', '2021-06-30'] as const;
  const Q1 = '2021-01-01';
  const Q2 = '2021-04-01';

  /** The counts that changed since `before`, as differences. */
  async function changedSince(before: Map<string, Count>): Promise<Record<string, number>> {
    const after = countsOf(await seriesOf(EXACT, ...HALF_YEAR, 'QUARTER'));
    const changed: Record<string, number> = {};
    for (const [name, count] of after) {
      const difference = count.value! - before.get(name)!.value!;
      if (difference !== 0) changed[name] = difference;
    }
    return changed;
  }

  async function mutate(name: string, inputType: string, input: Record<string, unknown>, selection = '') {
    const data = await graph.data<Record<string, { __typename: string; id: string; version: number }>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { message } ${selection} } }`,
      { input },
    );
    expect(data[name]!.__typename, JSON.stringify(data[name])).not.toMatch(/Error$/);
    return data[name]!;
  }

  it('counts a referral as not started until an engagement starts from it, by the day asked (BR-CL22)', async () => {
    const before = countsOf(await seriesOf(EXACT, ...HALF_YEAR, 'QUARTER'));
    const clientId = await register(graph, 700);
    const letter = await referral(graph, clientId);
    expect(await changedSince(before)).toEqual({ [`${Q1} referralsNotStarted`]: 1 });
    const engagement = await start(graph, {
      clientId,
      referralId: letter.id,
      pillar: 'AANVULLEND',
      kind: 'THUISONDERSTEUNING',
      provisionType: 'MAATWERK',
      accessRoute: 'VERWIJSBRIEF',
      providerId: 'org-windkracht058',
      startedOn: '2021-03-01',
    });
    // Started in Q1 and running into Q2: one more resident in aanvullend and maatwerk in both quarters,
    // and one more wait measured in Q1; the referral no longer counts as not started.
    expect(await changedSince(before)).toEqual({
      [`${Q1} clientsByPillar AANVULLEND`]: 1,
      [`${Q1} clientsByProvision MAATWERK`]: 1,
      [`${Q1} waitingTime`]: 1,
      [`${Q2} clientsByPillar AANVULLEND`]: 1,
      [`${Q2} clientsByProvision MAATWERK`]: 1,
    });
    const ended = await mutate(
      'endEngagement',
      'EndEngagementInput',
      { id: engagement.id, version: 1, endedOn: '2021-05-15', reason: 'MOVED' },
      '... on SupportEngagement { id }',
    );
    expect(ended.id).toBe(engagement.id);
    // An end counts in the period of its date, by its reason (BR-CL21).
    expect(await changedSince(before)).toMatchObject({ [`${Q2} engagementsEndedByReason MOVED`]: 1 });
    expect(Object.keys(await changedSince(before)).filter((name) => name.includes('Ended'))).toEqual([
      `${Q2} engagementsEndedByReason MOVED`,
    ]);
  });

  it('counts a complaint and a bezwaar in the period raised or filed, by their status and outcome now (BR-CL23)', async () => {
    const before = countsOf(await seriesOf(EXACT, ...HALF_YEAR, 'QUARTER'));
    const clientId = await register(graph, 701);
    const complaint = await mutate(
      'fileComplaint',
      'FileComplaintInput',
      { clientId, providerId: 'org-amaryllis', subject: 'TREATMENT', raisedOn: '2021-04-01' },
      '... on Complaint { id version }',
    );
    const refused = await decision(graph, clientId, 'REFUSED');
    const objection = await mutate(
      'fileObjection',
      'FileObjectionInput',
      { decisionId: refused.id, filedOn: '2021-02-10' },
      '... on Objection { id version }',
    );
    expect(await changedSince(before)).toEqual({
      [`${Q2} complaintsByStatus OPEN`]: 1,
      [`${Q1} objectionsByOutcome null`]: 1,
    });
    // Resolved and decided after the period: counted by what they are now, in the period raised or filed.
    await mutate(
      'resolveComplaint',
      'ComplaintStepInput',
      { id: complaint.id, version: complaint.version, on: '2021-09-01' },
      '... on Complaint { id }',
    );
    await mutate(
      'decideObjection',
      'DecideObjectionInput',
      { id: objection.id, version: objection.version, outcome: 'ONGEGROND', decidedOn: '2021-07-20' },
      '... on Objection { id }',
    );
    expect(await changedSince(before)).toEqual({
      [`${Q2} complaintsByStatus RESOLVED`]: 1,
      [`${Q1} objectionsByOutcome ONGEGROND`]: 1,
    });
  });

  it('counts a housing link as solved from the period its solving day falls in (BR-CL24)', async () => {
    const before = countsOf(await seriesOf(EXACT, ...HALF_YEAR, 'QUARTER'));
    const { clients } = await graph.data<{
      clients: { edges: { node: { housingLinks: { id: string; status: string; version: number }[] } }[] };
    }>('{ clients(first: 500) { edges { node { housingLinks { id status version } } } } }', undefined, {
      scopes: ['clients:read'],
    });
    const open = clients.edges.flatMap((e) => e.node.housingLinks).find((l) => l.status === 'OPEN');
    if (!open) throw new Error('The seed has open housing links among its first 500 clients');
    await mutate(
      'solveHousingLink',
      'SolveHousingLinkInput',
      { id: open.id, version: open.version, solvedOn: '2021-05-01' },
      '... on HousingLink { id }',
    );
    expect(await changedSince(before)).toEqual({
      [`${Q2} housingLinks OPEN`]: -1,
      [`${Q2} housingLinks SOLVED`]: 1,
    });
  });
});
