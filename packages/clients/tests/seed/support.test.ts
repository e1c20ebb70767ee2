import { describe, expect, it } from 'vitest';
import { BASIS_WORKER_IDS } from '../../src/db/references.ts';
import { days, defaultData } from './fixture.ts';

const data = defaultData();
const { rows } = data;
const basisWorkers = new Set(BASIS_WORKER_IDS);
const aanvullend = rows.engagements.filter((e) => e.pillar === 'AANVULLEND');

describe('generateClients: engagements', () => {
  it('delivers basis by Amaryllis as a general provision, directly, with a basis worker', () => {
    const basis = rows.engagements.filter((e) => e.pillar === 'BASIS');
    expect(basis.length).toBeGreaterThan(1000);
    for (const e of basis) {
      expect([e.organisationId, e.provisionType, e.deliveryForm, e.accessRoute]).toEqual([
        'org-amaryllis',
        'ALGEMEEN',
        'ZIN',
        'DIRECT',
      ]);
      expect(basisWorkers.has(e.workerId!)).toBe(true);
    }
  });

  it('delivers the sociale basis by org-vol volunteers', () => {
    const sociaal = rows.engagements.filter((e) => e.pillar === 'SOCIALE_BASIS');
    expect(sociaal.length).toBeGreaterThan(100);
    for (const e of sociaal) {
      expect([e.organisationId, e.provisionType, e.deliveryForm, e.accessRoute]).toEqual([
        'org-vol',
        'ALGEMEEN',
        'ZIN',
        'DIRECT',
      ]);
      expect((Number(e.workerId!.slice(-5)) - 2) % 3).toBe(0);
      expect(e.structural).toBe(false);
    }
  });

  it('gives every aanvullend engagement a referral by a basis caseworker or a granted decision', () => {
    for (const e of aanvullend) {
      expect(e.provisionType).toBe('MAATWERK');
      expect(['VERWIJSBRIEF', 'BESCHIKKING']).toContain(e.accessRoute);
      if (e.accessRoute === 'VERWIJSBRIEF') {
        const referral = data.referrals.get(e.referralId!)!;
        expect(referral.clientId).toBe(e.clientId);
        expect(basisWorkers.has(referral.issuedByWorkerId)).toBe(true);
        expect(referral.issuedOn <= e.startedOn).toBe(true);
        expect(referral.kind).toBe(e.kind);
      } else {
        const decision = data.decisions.get(e.decisionId!)!;
        expect(decision.clientId).toBe(e.clientId);
        expect(decision.outcome).toBe('GRANTED');
        expect(decision.validFrom <= e.startedOn && e.startedOn <= decision.validTo!).toBe(true);
        expect(days(decision.validFrom, decision.validTo!)).toBeLessThan(366);
      }
    }
    expect(aanvullend.filter((e) => e.accessRoute === 'VERWIJSBRIEF').length).toBeGreaterThan(100);
    expect(aanvullend.filter((e) => e.accessRoute === 'BESCHIKKING').length).toBeGreaterThan(100);
  });

  it('uses the aanvullend providers and their subcontractors, household help at M.I.E.P. and THFL half each', () => {
    const providers = new Set(['org-windkracht058', 'org-mindup', 'org-ixta-noa']);
    const help = aanvullend.filter((e) => e.kind === 'HULP_BIJ_HET_HUISHOUDEN');
    for (const e of aanvullend)
      if (e.kind !== 'HULP_BIJ_HET_HUISHOUDEN') expect(providers.has(e.organisationId)).toBe(true);
    const miep = help.filter((e) => e.organisationId === 'org-miep').length;
    const thfl = help.filter((e) => e.organisationId === 'org-thfl').length;
    expect(miep + thfl).toBe(help.length);
    expect(Math.abs(miep - thfl)).toBeLessThanOrEqual(1);
  });

  it('pays by PGB only for maatwerk to a PGB-competent client, about one aanvullend engagement in ten', () => {
    const pgb = rows.engagements.filter((e) => e.deliveryForm === 'PGB');
    for (const e of pgb) {
      expect(e.provisionType).toBe('MAATWERK');
      expect(data.clients.get(e.clientId)!.pgbCompetent).toBe(true);
    }
    expect(pgb.length / aanvullend.length).toBeGreaterThan(0.06);
    expect(pgb.length / aanvullend.length).toBeLessThan(0.14);
  });

  it('starts in 2021–2022, ends with a reason, mostly structural, with hours as one-decimal strings', () => {
    for (const e of rows.engagements) {
      expect(e.startedOn >= '2021-01-01' && e.startedOn <= '2022-12-31').toBe(true);
      expect(Boolean(e.endedOn)).toBe(Boolean(e.endReason));
      if (e.endedOn) expect(e.endedOn >= e.startedOn).toBe(true);
      if (e.hoursPerWeek !== null) expect(e.hoursPerWeek).toMatch(/^\d{1,2}\.\d$/);
    }
    const professional = rows.engagements.filter((e) => e.pillar !== 'SOCIALE_BASIS');
    expect(professional.filter((e) => e.structural).length / professional.length).toBeGreaterThan(0.75);
    expect(rows.engagements.filter((e) => e.endedOn).length).toBeGreaterThan(100);
  });
});

describe('generateClients: requests, decisions, objections, complaints', () => {
  it('receives requests at a room or by outreach, with life domains, some urgent, outcomes spread', () => {
    const requests = rows.supportRequests;
    expect(requests.every((r) => r.lifeDomains.length > 0)).toBe(true);
    const urgent = requests.filter((r) => r.urgent).length / requests.length;
    expect(urgent).toBeGreaterThan(0.06);
    expect(urgent).toBeLessThan(0.14);
    const outcomes = new Set(requests.map((r) => r.outcome ?? null));
    expect([...outcomes].sort()).toEqual(
      ['AANVULLEND_REFERRAL', 'BASIS', 'HH_PROVIDER', 'JET', 'NOT_PICKED_UP', 'SOCIALE_BASIS', null].sort(),
    );
    for (const r of requests) {
      expect(Boolean(r.assessedOn)).toBe(Boolean(r.outcome));
      if (r.assessedOn) {
        expect(r.assessedOn >= r.receivedOn).toBe(true);
        expect(basisWorkers.has(r.assessedByWorkerId!)).toBe(true);
      }
    }
  });

  it('refuses a few decisions, with objections decided within or after the six-week Awb term', () => {
    const refused = new Set(rows.decisions.filter((d) => d.outcome === 'REFUSED').map((d) => d.id));
    expect(refused.size).toBeGreaterThan(10);
    expect(rows.objections.length).toBeGreaterThan(10);
    const issuedOn = new Map(rows.decisions.map((d) => [d.id, d.issuedOn]));
    for (const objection of rows.objections) {
      expect(refused.has(objection.decisionId)).toBe(true);
      // Filed within the bezwaar term; due six weeks after that term ended (twelve weeks after issue).
      expect(days(issuedOn.get(objection.decisionId)!, objection.filedOn)).toBeLessThanOrEqual(42);
      expect(days(issuedOn.get(objection.decisionId)!, objection.decisionDue)).toBe(84);
      expect(Boolean(objection.outcome)).toBe(Boolean(objection.decidedOn));
      if (objection.decidedOn) expect(objection.decidedOn >= objection.filedOn).toBe(true);
    }
    expect(rows.objections.some((o) => o.outcome)).toBe(true);
    expect(rows.objections.some((o) => !o.outcome)).toBe(true);
  });

  it('has decisions advised by the basis, or by the household-help provider that investigated', () => {
    for (const decision of rows.decisions) {
      const advisor =
        decision.kind === 'HULP_BIJ_HET_HUISHOUDEN' ? ['org-miep', 'org-thfl'] : ['org-amaryllis'];
      expect(advisor).toContain(decision.adviceByOrganisationId);
      expect(decision.issuedOn <= decision.validFrom).toBe(true);
    }
  });

  it('has complaints about supporting organisations at several levels of the ladder', () => {
    expect(new Set(rows.complaints.map((c) => c.level)).size).toBeGreaterThanOrEqual(3);
    for (const complaint of rows.complaints) {
      expect(Boolean(complaint.closedOn)).toBe(complaint.status === 'RESOLVED');
      const engaged = rows.engagements.some(
        (e) => e.clientId === complaint.clientId && e.organisationId === complaint.organisationId,
      );
      expect(engaged).toBe(true);
    }
  });
});
