import { startTestSubgraph } from '@mienskip/testing';
import { getTableColumns, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safetyEvents, seed, TABLE_ORDER } from '../src/db/seed.ts';
import { LAST_DAY, PROPORTIONS, seededWorld } from '../src/db/synthetic.ts';
import { isoOf } from '../src/db/synthetic-random.ts';
import { JET_WORKER_IDS } from '../src/db/synthetic-references.ts';
import * as tables from '../src/db/tables.ts';
import { youth } from '../src/index.ts';

const { clients, youth: seeded } = seededWorld(2000);
const { rows, cases } = seeded;
const last = isoOf(LAST_DAY);

describe('the youth seed', () => {
  it('is deterministic: the same world gives the same rows', () => {
    expect(seededWorld(2000).youth).toEqual({ rows, cases });
  });

  it('gives every household with Jeugdwet procesregie in clients’ stream a Jeugdwet case with that director from that day', () => {
    const regie = clients.coordinatorAssignments.filter((a) => a.domain === 'JEUGDWET');
    expect(regie.length).toBeGreaterThan(0);
    for (const assignment of regie) {
      const seeded = rows.youthCases.find((c) => c.householdId === assignment.householdId);
      expect(seeded).toMatchObject({ route: 'JEUGDWET', processDirectorId: assignment.workerId });
      const decision = rows.jetDecisions.find((d) => d.caseId === seeded!.id);
      expect(decision).toMatchObject({ route: 'JEUGDWET', decidedOn: assignment.startedOn });
    }
  });

  it('gives every Jeugdwet case a procesregisseur of the JET (BR-Y4)', () => {
    for (const seeded of rows.youthCases.filter((c) => c.route === 'JEUGDWET')) {
      expect(JET_WORKER_IDS).toContain(seeded.processDirectorId);
      expect(seeded.processDirectorOrganisationId).toBe('org-jet');
    }
  });

  it('turns every light parenting support engagement into light support, same worker and start', () => {
    const engagements = clients.engagements.filter((e) => e.kind === 'LICHTE_OPVOEDONDERSTEUNING');
    expect(engagements.length).toBeGreaterThan(0);
    for (const engagement of engagements)
      expect(
        rows.lightParentingSupport.some(
          (s) => s.workerId === engagement.workerId && s.startedOn === engagement.startedOn,
        ),
      ).toBe(true);
  });

  it('opens cases only for young persons of the household', () => {
    const young = new Set(clients.clients.filter((c) => c.householdRole === 'YOUNG_PERSON').map((c) => c.id));
    const householdOf = new Map(clients.clients.map((c) => [c.id, c.householdId]));
    const caseOf = new Map(rows.youthCases.map((c) => [c.id, c]));
    for (const child of rows.youthCaseChildren) {
      expect(young.has(child.clientId)).toBe(true);
      expect(householdOf.get(child.clientId)).toBe(caseOf.get(child.caseId)!.householdId);
    }
  });

  it('keeps the rules: referral after a consultation (R-004-13) on a Jeugdwet case, events within the case', () => {
    const caseOf = new Map(rows.youthCases.map((c) => [c.id, c]));
    const consultation = new Map(rows.jetConsultations.map((c) => [c.id, c]));
    for (const referral of rows.youthReferrals) {
      expect(caseOf.get(referral.caseId)!.route).toBe('JEUGDWET');
      expect(consultation.get(referral.consultationId)!.consultedOn <= referral.referredOn).toBe(true);
    }
    const days = [
      ...rows.jetConsultations.map((e) => [e.caseId, e.consultedOn] as const),
      ...rows.jetDecisions.map((e) => [e.caseId, e.decidedOn] as const),
      ...rows.youthReferrals.map((e) => [e.caseId, e.referredOn] as const),
      ...rows.lightParentingSupport.map((e) => [e.caseId, e.startedOn] as const),
      ...rows.combinedRegieAgreements.map((e) => [e.caseId, e.agreedOn] as const),
    ];
    for (const [caseId, day] of days) {
      const seeded = caseOf.get(caseId)!;
      expect(day >= seeded.openedOn && day <= last).toBe(true);
      if (seeded.closedOn) expect(day <= seeded.closedOn).toBe(true);
    }
    for (const support of rows.lightParentingSupport) {
      expect(support.goals.length).toBeGreaterThan(0);
      expect(new Set(support.goals).size).toBe(support.goals.length);
    }
  });

  it('has cases on every route, in plausible proportions, some closed, with combined regie and referrals', () => {
    const byRoute = (route: string) => rows.youthCases.filter((c) => c.route === route).length;
    expect(byRoute('SOCIALE_BASIS')).toBeGreaterThan(0);
    expect(byRoute('BASIS')).toBeGreaterThan(byRoute('SOCIALE_BASIS'));
    expect(byRoute('JEUGDWET')).toBeGreaterThan(0);
    expect(rows.youthCases.filter((c) => c.closedOn).length).toBeGreaterThan(0);
    expect(rows.youthReferrals.length).toBeGreaterThan(0);
    expect(rows.combinedRegieAgreements.length).toBeGreaterThan(0);
    // The further cases follow the stated share of households with young persons and no case.
    expect(PROPORTIONS.extraCaseShare).toBeGreaterThan(0);
  });

  it('inserts every table, parents before children', () => {
    const declared = Object.entries(tables)
      .filter(([, value]) => is(value, PgTable))
      .map(([name]) => name);
    expect(TABLE_ORDER.map(([name]) => name).sort()).toEqual(declared.sort());
    expect(Object.keys(getTableColumns(tables.youthCases))).toContain('provenance');
  });

  it('hands the safety seed every case with its children, route, director and opener', () => {
    expect(cases).toHaveLength(rows.youthCases.length);
    for (const seeded of cases) {
      const row = rows.youthCases.find((c) => c.id === seeded.id)!;
      expect(seeded).toMatchObject({
        householdId: row.householdId,
        route: row.route,
        processDirectorId: row.processDirectorId,
        organisationId: row.openedByOrganisationId,
        closedOn: row.closedOn,
      });
    }
  });
});

describe('the youth seed on a database', () => {
  let subgraph: Awaited<ReturnType<typeof startTestSubgraph>>;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(youth);
  });
  afterAll(() => subgraph?.close());

  const count = async (table: string, where = 'true') => {
    const result = (await subgraph.database.db.execute(
      sql.raw(`select count(*)::int as n from youth.${table} where ${where}`),
    )) as unknown as { rows: { n: number }[] };
    return result.rows[0]!.n;
  };

  it('writes the generated cases once, every row SYNTHETIC, and not again on the next start', async () => {
    expect(await count('youth_cases')).toBe(rows.youthCases.length);
    expect(await count('youth_cases', "provenance <> 'SYNTHETIC'")).toBe(0);
    expect(await count('jet_decisions')).toBe(rows.jetDecisions.length);
    expect(await count('light_parenting_support', "provenance = 'SYNTHETIC'")).toBe(
      rows.lightParentingSupport.length,
    );
    await seed(subgraph.database.db, { transitionClients: 2000 });
    expect(await count('youth_cases')).toBe(rows.youthCases.length);
  });

  it('writes the child-safety events of the seeded cases, in the same transaction', async () => {
    const events = safetyEvents(cases);
    expect(await count('safety_signals')).toBe(events.safetySignals.length);
    expect(await count('risk_assessments', "provenance = 'SYNTHETIC'")).toBe(events.riskAssessments.length);
  });
});
