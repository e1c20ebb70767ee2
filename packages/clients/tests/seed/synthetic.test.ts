import { passesElfproef } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { AREA_IDS, ROOMS } from '../../src/db/references.ts';
import { generateClients } from '../../src/db/synthetic.ts';
import { BSN_CAPACITY } from '../../src/domain/bsn-generator.ts';
import { defaultData } from './fixture.ts';

/** The test range of the *Standards note* §4a, and the 11-proef. */
const inTestRange = (bsn: string) =>
  /^\d{9}$/.test(bsn) && bsn >= '999900006' && bsn <= '999999990' && passesElfproef(bsn);

const data = defaultData();
const { rows } = data;

describe('generateClients: determinism and scale', () => {
  it('gives the same rows for the same options, other rows for another seed', () => {
    const a = generateClients({ transitionClients: 300, seed: 7 });
    expect(generateClients({ transitionClients: 300, seed: 7 })).toEqual(a);
    expect(generateClients({ transitionClients: 300, seed: 8 }).clients).not.toEqual(a.clients);
  });

  it('has about 4,000 clients in about 2,500 households at the default scale, every table filled', () => {
    expect(rows.transitionInterviews).toHaveLength(2000);
    expect(rows.clients.length).toBeGreaterThan(3800);
    expect(rows.clients.length).toBeLessThan(4300);
    expect(rows.households.length).toBeGreaterThan(2300);
    expect(rows.households.length).toBeLessThan(2700);
    for (const [table, list] of Object.entries(rows)) expect(list.length, table).toBeGreaterThan(0);
  });

  it('does 20,000 clients for the bench in a few seconds', () => {
    const started = performance.now();
    const large = generateClients({ transitionClients: 10_000 });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(large.clients.length).toBeGreaterThanOrEqual(20_000);
    // BR-CL1: the first 9,091 residents get the test range's numbers, each once; the rest none.
    const bsns = large.clients.map((c) => c.bsn ?? null);
    const given = bsns.filter((bsn): bsn is string => bsn !== null);
    expect(given).toHaveLength(BSN_CAPACITY);
    expect(new Set(given).size).toBe(BSN_CAPACITY);
    expect(given.filter((bsn) => !inTestRange(bsn))).toEqual([]);
    expect(bsns.slice(BSN_CAPACITY).every((bsn) => bsn === null)).toBe(true);
  });

  it('gives every resident of the default seed a BSN from the test range (BR-CL1)', () => {
    expect(rows.clients.length).toBeLessThan(BSN_CAPACITY);
    expect(rows.clients.filter((c) => !c.bsn || !inTestRange(c.bsn))).toEqual([]);
    expect(new Set(rows.clients.map((c) => c.bsn)).size).toBe(rows.clients.length);
  });

  it('refuses a negative or fractional scale', () => {
    expect(() => generateClients({ transitionClients: -1 })).toThrow(RangeError);
    expect(() => generateClients({ transitionClients: 10, otherHouseholds: 1.5 })).toThrow(RangeError);
  });

  it('generates nothing for a scale of zero', () => {
    const empty = generateClients({ transitionClients: 0 });
    expect(Object.values(empty).every((table) => table.length === 0)).toBe(true);
  });
});

describe('generateClients: residents and households', () => {
  it('gives every client a unique BSN that passes the 11-proef', () => {
    expect(new Set(rows.clients.map((c) => c.bsn)).size).toBe(rows.clients.length);
    expect(rows.clients.filter((c) => !c.bsn || !passesElfproef(c.bsn))).toEqual([]);
  });

  it('uses readable zero-padded ids', () => {
    const shapes: [string, { id: string }[]][] = [
      ['household', rows.households],
      ['client', rows.clients],
      ['plan', rows.supportPlans],
      ['regie', rows.coordinatorAssignments],
      ['request', rows.supportRequests],
      ['referral', rows.referrals],
      ['decision', rows.decisions],
      ['objection', rows.objections],
      ['complaint', rows.complaints],
      ['engagement', rows.engagements],
      ['transition', rows.transitionInterviews],
      ['housing', rows.housingLinks],
    ];
    for (const [prefix, list] of shapes) {
      expect(list[0]!.id).toBe(`${prefix}-000001`);
      expect(
        list.every((row) => new RegExp(`^${prefix}-\\d{6}$`).test(row.id)),
        prefix,
      ).toBe(true);
    }
  });

  it('has households of 1 to 4 members with their roles and plausible birth dates', () => {
    const members = data.groupBy(rows.clients, (c) => c.householdId);
    expect(members.size).toBe(rows.households.length);
    for (const list of members.values()) {
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(4);
      const young = list.filter((c) => c.householdRole === 'YOUNG_PERSON');
      const parents = list.filter((c) => c.householdRole === 'PARENT');
      expect(parents.length > 0).toBe(young.length > 0);
      expect(new Set(list.map((c) => `${c.address} ${c.postcode}`)).size).toBe(1);
    }
    for (const client of rows.clients) {
      const year = Number(client.dateOfBirth.slice(0, 4));
      if (client.householdRole === 'YOUNG_PERSON') expect(year).toBeGreaterThan(2003);
      else expect(year >= 1935 && year <= 2000).toBe(true);
      expect(client.postcode).toMatch(/^89\d\d [A-Z]{2}$/);
      expect(client.address).toMatch(/^\S+ \d+/);
      expect(client.name).toMatch(/^\S+ \S/);
    }
  });

  it('sets the resident flags in the proportions asked for', () => {
    const share = (flag: (c: (typeof rows.clients)[number]) => boolean | undefined) =>
      rows.clients.filter((c) => flag(c)).length / rows.clients.length;
    expect(share((c) => c.mainResidenceInMunicipality)).toBeGreaterThan(0.95);
    expect(share((c) => c.pgbCompetent)).toBeCloseTo(0.15, 1);
    expect(share((c) => c.prefersDecision)).toBeCloseTo(0.05, 1);
  });

  it('refers only to areas and rooms of the locations seed', () => {
    const areas = new Set<string>(AREA_IDS);
    expect(rows.households.every((h) => areas.has(h.areaId))).toBe(true);
    expect(new Set(rows.households.map((h) => h.areaId)).size).toBe(AREA_IDS.length);
    const rooms = new Set(ROOMS.map((r) => r.id));
    for (const request of rows.supportRequests) {
      if (request.channel === 'WALK_IN_ROOM') expect(rooms.has(request.roomId!)).toBe(true);
      else expect(request.roomId).toBeNull();
    }
  });

  it('keeps every reference inside the generated data', () => {
    for (const client of rows.clients) expect(data.households.has(client.householdId)).toBe(true);
    const clientRefs = [
      ...rows.supportRequests,
      ...rows.referrals,
      ...rows.decisions,
      ...rows.complaints,
      ...rows.engagements,
      ...rows.transitionInterviews,
      ...rows.housingLinks,
    ];
    expect(clientRefs.filter((row) => !data.clients.has(row.clientId))).toEqual([]);
    const requests = new Set(rows.supportRequests.map((r) => r.id));
    expect(rows.referrals.filter((r) => r.supportRequestId && !requests.has(r.supportRequestId))).toEqual([]);
    expect(rows.objections.filter((o) => !data.decisions.has(o.decisionId))).toEqual([]);
    expect(rows.engagements.filter((e) => e.referralId && !data.referrals.has(e.referralId))).toEqual([]);
    expect(rows.engagements.filter((e) => e.decisionId && !data.decisions.has(e.decisionId))).toEqual([]);
  });
});
