import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debtSupportOf, householdsOf, startYouth, type YouthUnderTest } from './helpers.ts';

let graph: YouthUnderTest;
beforeAll(async () => {
  graph = await startYouth();
});
afterAll(() => graph?.close());

const COMBINED = `{ combinedSupportCases {
  youthCase { id route closedOn household { id } } processDirector { id } wmoRegievoerder { id } wmoSupport debtSupport lead
} }`;

type Row = {
  youthCase: { id: string; route: string; closedOn: string | null; household: { id: string } };
  processDirector: { id: string } | null;
  wmoRegievoerder: { id: string } | null;
  wmoSupport: boolean;
  debtSupport: boolean | null;
  lead: string | null;
};

/** The open Jeugdwet cases of the seed, with their household's Wmo regievoerder (clients) and debt case (debt). */
function expectedRows() {
  const wmo = new Map(householdsOf(graph.world.clients).map((h) => [h.id, h.coordinator?.worker.id ?? null]));
  const debt = debtSupportOf(graph.world);
  return graph.world.youth.cases
    .filter((c) => c.route === 'JEUGDWET' && !c.closedOn)
    .map((c) => ({ id: c.id, wmo: wmo.get(c.householdId) ?? null, debt: debt.has(c.householdId) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

// Look-up answers are kept process-wide per owner URL: debt being down is asked first, before debt
// has answered anything that could be reused.
describe('combined support when debt does not answer (BR-Y6, failure containment)', () => {
  it('still lists the cases with Wmo support, their debt support null, and leaves out debt-only ones', async () => {
    graph.debt.failing = true;
    try {
      const response = await graph.subgraph.query<{ combinedSupportCases: Row[] }>(COMBINED);
      expect(response.body.errors).toBeUndefined();
      const rows = response.body.data!.combinedSupportCases;
      const expected = expectedRows().filter((c) => c.wmo !== null);
      expect(rows.map((r) => r.youthCase.id)).toEqual(expected.map((c) => c.id));
      for (const [i, row] of rows.entries()) {
        expect(row).toMatchObject({
          wmoSupport: true,
          debtSupport: null,
          wmoRegievoerder: { id: expected[i]!.wmo },
        });
      }
    } finally {
      graph.debt.failing = false;
    }
  });
});

describe('households with Jeugdwet support and Wmo or debt support side by side (BR-Y6)', () => {
  it('counts a Jeugdwet case whose household has a Wmo regievoerder or an open debt case', async () => {
    const asked = graph.debt.lookups.length;
    const { combinedSupportCases: rows } = await graph.data<{ combinedSupportCases: Row[] }>(COMBINED);
    const expected = expectedRows().filter((c) => c.wmo !== null || c.debt);
    expect(rows.map((r) => r.youthCase.id)).toEqual(expected.map((c) => c.id));
    for (const [i, row] of rows.entries()) {
      const want = expected[i]!;
      expect(row.youthCase).toMatchObject({ route: 'JEUGDWET', closedOn: null });
      expect(row.processDirector).not.toBeNull();
      expect(row).toMatchObject({
        wmoSupport: want.wmo !== null,
        debtSupport: want.debt,
        wmoRegievoerder: want.wmo === null ? null : { id: want.wmo },
      });
    }
    // All three kinds occur: Wmo alone, debt alone, both.
    expect(rows.some((r) => r.wmoSupport && r.debtSupport === false)).toBe(true);
    expect(rows.some((r) => !r.wmoSupport && r.debtSupport === true)).toBe(true);
    expect(rows.some((r) => r.wmoSupport && r.debtSupport === true)).toBe(true);
    // A household with neither is not listed.
    expect(expectedRows().some((c) => c.wmo === null && !c.debt)).toBe(true);
    // Debt was asked once, for the households of every open Jeugdwet case, with youth's service token.
    const lookups = graph.debt.lookups.slice(asked);
    expect(lookups.length).toBeGreaterThan(0);
    for (const lookup of lookups) {
      expect(lookup.caller.keyId).toBe('service:youth');
      expect(lookup.representations.every((r) => r.__typename === 'Household')).toBe(true);
    }
  });
});
