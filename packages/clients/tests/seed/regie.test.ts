import { describe, expect, it } from 'vitest';
import { BASIS_WORKER_IDS, JET_WORKER_IDS } from '../../src/db/references.ts';
import { defaultData } from './fixture.ts';

const data = defaultData();
const { rows } = data;
const basisWorkers = new Set(BASIS_WORKER_IDS);

const householdOf = (clientId: string) => data.clients.get(clientId)!.householdId;
const professional = new Set(
  rows.engagements.filter((e) => e.pillar !== 'SOCIALE_BASIS').map((e) => householdOf(e.clientId)),
);
const plansOf = data.groupBy(rows.supportPlans, (p) => p.householdId);
const assignmentsOf = data.groupBy(rows.coordinatorAssignments, (a) => a.householdId);

describe('generateClients: one household, one plan, one regievoerder', () => {
  it('gives exactly one active plan to every household with basis or aanvullend support, none to others', () => {
    for (const household of rows.households) {
      const active = (plansOf.get(household.id) ?? []).filter((p) => !p.closedOn);
      expect(active.length, household.id).toBe(professional.has(household.id) ? 1 : 0);
    }
    expect(professional.size).toBeGreaterThan(1500);
  });

  it('writes plans in Dutch by a basis worker, with the parties involved', () => {
    for (const plan of rows.supportPlans) {
      expect(basisWorkers.has(plan.createdByWorkerId)).toBe(true);
      expect(plan.goals!.length).toBeGreaterThan(0);
      expect(plan.partyOrganisationIds).toContain('org-amaryllis');
      if (plan.closedOn) expect(plan.closedOn >= plan.startedOn).toBe(true);
    }
    expect(rows.supportPlans.some((p) => p.closedOn)).toBe(true);
    expect(rows.supportPlans.some((p) => p.agreements)).toBe(true);
  });

  it('has at most one open Wmo regievoerder per household, a basis worker, and one wherever there is a plan', () => {
    for (const household of rows.households) {
      const wmo = (assignmentsOf.get(household.id) ?? []).filter((a) => a.domain === 'WMO');
      const open = wmo.filter((a) => !a.endedOn);
      expect(open.length, household.id).toBe(professional.has(household.id) ? 1 : 0);
      expect(wmo.every((a) => basisWorkers.has(a.workerId))).toBe(true);
      // A closed assignment ends before (or on the day) the next one starts: never two at once.
      const sorted = [...wmo].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i - 1]!.endedOn! <= sorted[i]!.startedOn).toBe(true);
    }
    const reassigned = rows.coordinatorAssignments.filter((a) => a.domain === 'WMO' && a.endedOn);
    expect(reassigned.length).toBeGreaterThan(50);
  });

  it('lets the JET run Jeugdwet procesregie beside it, only in households with young persons', () => {
    const jeugdwet = rows.coordinatorAssignments.filter((a) => a.domain === 'JEUGDWET');
    expect(jeugdwet.length).toBeGreaterThan(30);
    const withYoung = new Set(
      rows.clients.filter((c) => c.householdRole === 'YOUNG_PERSON').map((c) => c.householdId),
    );
    for (const assignment of jeugdwet) {
      expect(JET_WORKER_IDS).toContain(assignment.workerId);
      expect(withYoung.has(assignment.householdId)).toBe(true);
      expect(assignment.endedOn).toBeNull();
    }
  });

  it('records who issued: the basis provider every referral, the municipality every decision', () => {
    expect(new Set(rows.referrals.map((r) => r.issuedByOrganisationId))).toEqual(new Set(['org-amaryllis']));
    expect(new Set(rows.decisions.map((d) => d.issuedByOrganisationId))).toEqual(
      new Set(['org-gemeente-leeuwarden']),
    );
  });
});
