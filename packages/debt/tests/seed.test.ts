import { startTestSubgraph } from '@mienskip/testing';
import { getTableColumns, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, TABLE_ORDER } from '../src/db/seed.ts';
import { LAST_DAY, PROPORTIONS, seededWorld } from '../src/db/synthetic.ts';
import { isoOf } from '../src/db/synthetic-random.ts';
import { VOLUNTEER_WORKER_IDS } from '../src/db/synthetic-references.ts';
import * as tables from '../src/db/tables.ts';
import { phaseOf } from '../src/domain/cases.ts';
import { fourWeekNorm } from '../src/domain/norms.ts';
import { debt } from '../src/index.ts';

const world = seededWorld(2000);
const { clients, signals } = world;
const { rows, cases } = world.debt;
const last = isoOf(LAST_DAY);
const share = (part: number, whole: number) => part / whole;

describe('the debt seed', () => {
  it('is deterministic: the same world gives the same rows', () => {
    expect(seededWorld(2000).debt).toEqual(world.debt);
  });

  it('gives every SCHULDHULPVERLENING engagement of clients’ stream a case of that client from its start', () => {
    const engagements = clients.engagements.filter((e) => e.kind === 'SCHULDHULPVERLENING');
    expect(engagements.length).toBeGreaterThan(0);
    const casesOf = new Map<string, string[]>();
    for (const c of rows.debtCaseClients)
      casesOf.set(c.clientId, [...(casesOf.get(c.clientId) ?? []), c.caseId]);
    const caseById = new Map(rows.debtCases.map((c) => [c.id, c]));
    for (const engagement of engagements) {
      const own = (casesOf.get(engagement.clientId) ?? []).map((id) => caseById.get(id)!);
      // Its own case from that day, or the case that was open then (one open case per client).
      expect(
        own.some(
          (c) =>
            c.registeredOn === engagement.startedOn ||
            (c.registeredOn <= engagement.startedOn && (!c.outflowOn || c.outflowOn >= engagement.startedOn)),
        ),
      ).toBe(true);
    }
  });

  it('keeps the rules: one open case per client, phases in order, joint cases of one household', () => {
    const open = rows.debtCaseClients.filter((c) => c.open).map((c) => c.clientId);
    expect(new Set(open).size).toBe(open.length);
    const householdOf = new Map(clients.clients.map((c) => [c.id!, c.householdId]));
    const caseById = new Map(rows.debtCases.map((c) => [c.id, c]));
    for (const link of rows.debtCaseClients) {
      expect(householdOf.get(link.clientId)).toBe(caseById.get(link.caseId)!.householdId);
      expect(link.open).toBe(!caseById.get(link.caseId)!.outflowOn);
    }
    for (const c of rows.debtCases) {
      const days = [
        c.registeredOn,
        c.intakeOn,
        c.stabilisationOn,
        c.solutionOn,
        c.aftercareOn,
        c.outflowOn,
      ].filter((d): d is string => !!d);
      expect([...days].sort()).toEqual(days);
      expect(days.every((d) => d <= last)).toBe(true);
      if (c.stabilisationOn) expect(c.intakeOn).not.toBeNull();
      if (c.solutionOn || c.aftercareOn) expect(c.stabilisationOn).not.toBeNull();
      if (c.outflowReason === 'AFGEROND') expect(c.solutionOn ?? c.aftercareOn).toBeTruthy();
      if (c.complexity === 'SIMPLE') expect(c.severity).not.toBe('PROBLEMATISCH');
    }
  });

  it('comes in the stated proportions: joint cases, the four-week norm, phases, outflow, crises', () => {
    const n = rows.debtCases.length;
    const joint = rows.debtCaseClients.length - n;
    expect(share(joint, n)).toBeGreaterThan(0.04);
    const met = rows.debtCases.filter(
      (c) => fourWeekNorm(c.registeredOn, c.intakeOn ?? null, last) === 'MET',
    ).length;
    expect(share(met, n)).toBeGreaterThan(0.75);
    expect(share(met, n)).toBeLessThan(0.92);
    const phases = rows.debtCases.map((c) => phaseOf(c as never));
    const middle = phases.filter((p) => p === 'STABILISATION' || p === 'SOLUTION').length;
    expect(share(middle, n)).toBeGreaterThan(0.5);
    expect(phases.filter((p) => p === 'OUTFLOW').length).toBeGreaterThan(0);
    expect(new Set(rows.debtCases.map((c) => c.outflowReason).filter(Boolean)).size).toBeGreaterThan(3);
    const withCrisis = new Set(rows.debtCrises.map((c) => c.caseId)).size;
    expect(share(withCrisis, n)).toBeGreaterThan(0.05);
    expect(share(withCrisis, n)).toBeLessThan(0.2);
    expect(PROPORTIONS.crisis).toBeGreaterThan(0);
  });

  it('refers problematic cases only, within the case, each with a review day; advices and volunteers', () => {
    const caseById = new Map(rows.debtCases.map((c) => [c.id, c]));
    expect(rows.debtReferrals.length).toBeGreaterThan(0);
    for (const referral of rows.debtReferrals) {
      const c = caseById.get(referral.caseId)!;
      expect(c.complexity).toBe('PROBLEMATIC');
      expect(referral.startedOn >= c.intakeOn!).toBe(true);
      expect(referral.reviewOn > referral.startedOn).toBe(true);
      if (c.outflowOn) expect(referral.endedOn! <= c.outflowOn).toBe(true);
    }
    expect(rows.debtReferrals.some((r) => !r.endedOn && r.reviewOn < last)).toBe(true);
    expect(rows.guardianshipAdvices.length).toBeGreaterThan(0);
    for (const v of rows.debtCaseVolunteers) expect(VOLUNTEER_WORKER_IDS).toContain(v.workerId);
  });

  it('opens cases from signals that ended in a referral to financial help, for the signal’s client', () => {
    const linked = rows.debtCases.filter((c) => c.signalId);
    expect(linked.length).toBeGreaterThan(0);
    const signalById = new Map(signals.debtSignals.map((s) => [s.id, s]));
    for (const c of linked) {
      const signal = signalById.get(c.signalId!)!;
      expect(signal.outcome).toBe('VERWIJZING_FINANCIEEL');
      expect(rows.debtCaseClients.some((l) => l.caseId === c.id && l.clientId === signal.clientId)).toBe(
        true,
      );
    }
    expect(new Set(linked.map((c) => c.signalId)).size).toBe(linked.length);
  });

  it('inserts every table, parents before children, and hands on every case', () => {
    const declared = Object.entries(tables)
      .filter(([, value]) => is(value, PgTable))
      .map(([name]) => name);
    expect(TABLE_ORDER.map(([name]) => name).sort()).toEqual(declared.sort());
    expect(Object.keys(getTableColumns(tables.debtCases))).toContain('provenance');
    expect(cases).toHaveLength(rows.debtCases.length);
  });
});

describe('the debt seed on a database', () => {
  let subgraph: Awaited<ReturnType<typeof startTestSubgraph>>;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(debt);
  });
  afterAll(() => subgraph?.close());

  const count = async (table: string, where = 'true') => {
    const result = (await subgraph.database.db.execute(
      sql.raw(`select count(*)::int as n from debt.${table} where ${where}`),
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]!.n;
  };

  it('writes the generated rows once, every row SYNTHETIC, and not again on the next start', async () => {
    expect(await count('debt_cases')).toBe(rows.debtCases.length);
    expect(await count('debt_cases', "provenance <> 'SYNTHETIC'")).toBe(0);
    expect(await count('debt_case_clients')).toBe(rows.debtCaseClients.length);
    expect(await count('debt_referrals', "provenance = 'SYNTHETIC'")).toBe(rows.debtReferrals.length);
    expect(await count('debt_crises')).toBe(rows.debtCrises.length);
    expect(await count('debt_signals')).toBe(signals.debtSignals.length);
    expect(await count('outreach_attempts')).toBe(signals.outreachAttempts.length);
    await seed(subgraph.database.db, { transitionClients: 2000 });
    expect(await count('debt_cases')).toBe(rows.debtCases.length);
  });
});
