import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// Issue 12, points 13 and 15, through the gateway: no missing groups, and whole months only (BR-KT5).
let graph: TestGraph;
let gateway: TestGateway;
let statisticsKey: string;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
  ({ secret: statisticsKey } = await gateway.keys.create({
    name: 'council reporting',
    organisationId: 'org-gemeente-leeuwarden',
    organisationKind: 'MUNICIPALITY',
    scopes: ['statistics'],
  }));
});
afterAll(() => graph?.close());

type Count = { value: number | null; secret: boolean; rounded: boolean };

/** Pairs the engagement rules forbid (BR-C1–C3, BR-CL3, BR-CL14); every other pillar × kind is allowed. */
const FORBIDDEN = new Set([
  'SOCIALE_BASIS/PERSOONLIJKE_VERZORGING',
  'AANVULLEND/PERSOONLIJKE_VERZORGING',
  'SOCIALE_BASIS/HULP_BIJ_HET_HUISHOUDEN',
  'BASIS/HULP_BIJ_HET_HUISHOUDEN',
  'SOCIALE_BASIS/KORTDUREND_VERBLIJF',
  'BASIS/KORTDUREND_VERBLIJF',
  'SOCIALE_BASIS/JONGERENWERK',
  'AANVULLEND/JONGERENWERK',
  'AANVULLEND/LICHTE_OPVOEDONDERSTEUNING',
  'AANVULLEND/PARTICIPATIE',
]);

describe('small numbers (BR-KT1, BR-KT5)', () => {
  it('lists every pillar × kind of the catalogue to a statistics-only key, none below 8 or off a multiple of five', async () => {
    const enums = await gateway.query<Record<'pillars' | 'kinds', { enumValues: { name: string }[] }>>(
      '{ pillars: __type(name: "Pillar") { enumValues { name } } kinds: __type(name: "SupportKind") { enumValues { name } } }',
    );
    const catalogue = enums.body.data!.pillars.enumValues.flatMap(({ name: pillar }) =>
      enums.body
        .data!.kinds.enumValues.map(({ name: kind }) => `${pillar}/${kind}`)
        .filter((pair) => !FORBIDDEN.has(pair)),
    );
    const { body } = await gateway.query<{
      clientStatistics: { clientsByPillarAndKind: { pillar: string; kind: string; clients: Count }[] };
    }>(
      '{ clientStatistics(from: "2021-01-01", to: "2021-12-31") { clientsByPillarAndKind { pillar kind clients { value secret rounded } } } }',
      { key: statisticsKey },
    );
    expect(body.errors).toBeUndefined();
    const rows = body.data!.clientStatistics.clientsByPillarAndKind;
    expect(rows.map((r) => `${r.pillar}/${r.kind}`)).toEqual(catalogue);
    for (const { clients } of rows) {
      if (clients.value === null) expect(clients.secret).toBe(true);
      else {
        expect(clients.value).toBeGreaterThanOrEqual(8);
        expect(clients.value % 5).toBe(0);
      }
    }
  });

  it('refuses a statistics-only key a period of other than whole calendar months, in clients and locations', async () => {
    for (const query of [
      '{ clientStatistics(from: "2021-01-04", to: "2021-12-31") { referrals { value } } }',
      '{ areaStatistics(areaId: "area-stiens", from: "2021-01-01", to: "2021-01-15") { visitors { value } } }',
    ]) {
      const refused = await gateway.query(query, { key: statisticsKey });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // The development key has personal-data and sees exact counts over any period.
      expect((await gateway.query(query)).body.errors).toBeUndefined();
    }
  });
});
