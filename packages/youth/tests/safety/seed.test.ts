import { describe, expect, it } from 'vitest';
import type { SeedCase } from '../../src/db/synthetic.ts';
import { createRandom, dayOf, isoOf } from '../../src/db/synthetic-random.ts';
import { generateSafetyEvents, SAFETY_PROPORTIONS } from '../../src/db/synthetic-safety.ts';
import { missingInvestigationConditions } from '../../src/domain/safety/investigation.ts';

/** Cases like the youth seed's: opened in 2021–2022, a third closed, one to three children. */
function seedCases(n: number): SeedCase[] {
  const random = createRandom(7);
  return Array.from({ length: n }, (_, i) => {
    const opened = dayOf('2021-01-04') + random.int(0, 600);
    const closed = random.chance(0.33) ? opened + random.int(30, 200) : null;
    const route = random.pick(['SOCIALE_BASIS', 'BASIS', 'JEUGDWET'] as const);
    return {
      id: `youth-case-${i}`,
      householdId: `household-${i}`,
      childIds: Array.from({ length: random.int(1, 3) }, (_, c) => `client-${i}-${c}`),
      openedOn: isoOf(opened),
      closedOn: closed !== null && closed <= dayOf('2022-12-31') ? isoOf(closed) : null,
      route,
      processDirectorId: route === 'JEUGDWET' ? 'worker-00009' : null,
      organisationId: 'org-amaryllis',
    };
  });
}

const CASES = seedCases(3000);
const rows = generateSafetyEvents(createRandom(2044), CASES);
const caseOf = new Map(CASES.map((c) => [c.id, c]));
const open = new Set(CASES.filter((c) => c.closedOn === null).map((c) => c.id));

/** Every date of a row on its case lies in the case's life, up to the seed's last day. */
function inLife(caseId: string, ...dates: (string | null | undefined)[]) {
  const seedCase = caseOf.get(caseId)!;
  const end = seedCase.closedOn ?? '2022-12-31';
  return dates.every((date) => date == null || (date >= seedCase.openedOn && date <= end));
}

describe('the child-safety seed', () => {
  it('is deterministic and all SYNTHETIC', () => {
    expect(generateSafetyEvents(createRandom(2044), CASES)).toEqual(rows);
    for (const table of Object.values(rows))
      for (const row of table as { provenance?: string }[]) expect(row.provenance).toBe('SYNTHETIC');
  });

  it('leaves most cases without a safety event, and has some of every kind', () => {
    const withEvent = new Set(
      [...rows.safetySignals, ...rows.veiligThuisEvents, ...rows.riskAssessments].map((row) => row.caseId),
    );
    expect(withEvent.size / CASES.length).toBeLessThan(0.25);
    expect(rows.safetySignals.length / CASES.length).toBeCloseTo(SAFETY_PROPORTIONS.signal, 1);
    for (const [table, list] of Object.entries(rows)) expect(list.length, table).toBeGreaterThan(0);
    expect(rows.investigationRequests.length).toBeLessThan(rows.riskAssessments.length / 10);
  });

  it('keeps every event in its case’s life and after the step it follows', () => {
    const assessments = new Map(rows.riskAssessments.map((a) => [a.id, a]));
    const weighings = new Map(rows.meldcodeWeighings.map((w) => [w.id, w]));
    for (const s of rows.safetySignals) expect(inLife(s.caseId, s.signalledOn)).toBe(true);
    for (const a of rows.riskAssessments) {
      expect(inLife(a.caseId, a.assessedOn)).toBe(true);
      expect(caseOf.get(a.caseId)!.childIds).toContain(a.childId);
      expect(a.adultProblemsAssessed).toBe(true);
    }
    for (const p of rows.safetyPlans) {
      expect(inLife(p.caseId, p.drawnUpOn)).toBe(true);
      expect(p.drawnUpOn >= assessments.get(p.riskAssessmentId)!.assessedOn).toBe(true);
    }
    for (const w of rows.meldcodeWeighings)
      expect(
        w.weighedOn >= assessments.get(w.riskAssessmentId)!.assessedOn && inLife(w.caseId, w.weighedOn),
      ).toBe(true);
    for (const e of rows.veiligThuisEvents) {
      expect(inLife(e.caseId, e.occurredOn)).toBe(true);
      if (e.direction === 'MELDING') {
        const weighing = weighings.get(e.meldcodeWeighingId!)!;
        expect(weighing.outcome).toBe('MELDEN');
        expect(e.occurredOn >= weighing.weighedOn).toBe(true);
      } else expect(e.meldcodeWeighingId).toBeNull();
    }
    const registrations = new Map(rows.verwijsindexRegistrations.map((r) => [r.id, r]));
    for (const m of rows.verwijsindexMatches) {
      const registration = registrations.get(m.registrationId)!;
      expect(m.matchedOn >= registration.registeredOn).toBe(true);
      expect(m.contactedOn == null || m.contactedOn >= m.matchedOn).toBe(true);
      expect(inLife(registration.caseId, m.matchedOn, m.contactedOn)).toBe(true);
    }
    for (const c of rows.caseConferences) {
      expect(c.participantOrganisationIds.length).toBeGreaterThanOrEqual(2);
      expect(inLife(c.caseId, c.heldOn)).toBe(true);
    }
    for (const g of rows.giCooperations) {
      expect(inLife(g.caseId, g.startedOn, g.steppedDownOn)).toBe(true);
      if (g.steppedDownOn) expect(g.framework === 'VRIJWILLIG' && g.steppedDownOn >= g.startedOn).toBe(true);
    }
  });

  it('allocates each task once per case, and plans and requests are carried out by their allocated party', () => {
    const allocation = new Map(rows.safetyTaskAllocations.map((a) => [`${a.caseId}/${a.task}`, a]));
    expect(allocation.size).toBe(rows.safetyTaskAllocations.length);
    for (const a of rows.safetyTaskAllocations) expect(inLife(a.caseId, a.agreedOn)).toBe(true);
    expect(new Set(rows.safetyPlans.map((p) => p.riskAssessmentId)).size).toBe(rows.safetyPlans.length);
    for (const p of rows.safetyPlans) {
      const allocated = allocation.get(`${p.caseId}/VEILIGHEIDS_EN_HERSTELPLAN`)!;
      expect(p.madeWithFamily).toBe(true);
      expect(p.drawnUpBy).toBe(allocated.assignee);
      expect(p.drawnUpOn >= allocated.agreedOn).toBe(true);
    }
    for (const r of rows.investigationRequests) {
      const allocated = allocation.get(`${r.caseId}/VERZOEK_TOT_ONDERZOEK`)!;
      expect(
        missingInvestigationConditions(r as Parameters<typeof missingInvestigationConditions>[0]),
      ).toEqual([]);
      expect(r.filedBy).toBe(allocated.assignee);
      expect(r.filedOn >= allocated.agreedOn).toBe(true);
      expect(r.jeugdbeschermingstafelOn == null || r.jeugdbeschermingstafelOn >= r.filedOn).toBe(true);
    }
  });

  it('leaves the JET a worklist: unallocated handovers and assessments without a plan on open cases', () => {
    const allocated = new Set(rows.safetyTaskAllocations.map((a) => `${a.caseId}/${a.task}`));
    const pending = rows.veiligThuisEvents.filter(
      (e) =>
        e.direction === 'OVERDRACHT' &&
        open.has(e.caseId) &&
        !allocated.has(`${e.caseId}/VEILIG_THUIS_OVERDRACHT`),
    );
    const planned = new Set(rows.safetyPlans.map((p) => p.riskAssessmentId));
    const withoutPlan = rows.riskAssessments.filter(
      (a) => a.outcome !== 'GEEN_ZORGEN' && open.has(a.caseId) && !planned.has(a.id!),
    );
    expect(pending.length).toBeGreaterThan(0);
    expect(withoutPlan.length).toBeGreaterThan(0);
    expect(rows.giCooperations.some((g) => g.steppedDownOn)).toBe(true);
  });
});
