import { describe, expect, it } from 'vitest';
import { generateClients } from '../../src/db/synthetic.ts';
import { LEGACY_MAPPING } from '../../src/db/synthetic-transition.ts';
import { defaultData, indexed } from './fixture.ts';

const data = defaultData();
const { rows } = data;
type Interview = (typeof rows.transitionInterviews)[number];

const isTo = (i: Interview) => i.legacyIndication === 'PTO' || i.legacyIndication.startsWith('TO');

/** Share of interviews with an outcome that sent the client to basis. */
function basisShare(interviews: readonly Interview[]) {
  const decided = interviews.filter((i) => i.outcome !== null && i.outcome !== undefined);
  return decided.filter((i) => i.outcome === 'BASIS').length / decided.length;
}

describe('generateClients: the 2020 transition', () => {
  it.each([2021, 1, 99])(
    'sends about 75%% of TO clients and 55%% of DB clients to basis (seed %i)',
    (seed) => {
      const interviews =
        seed === 2021
          ? rows.transitionInterviews
          : generateClients({ transitionClients: 2000, seed }).transitionInterviews;
      expect(Math.abs(basisShare(interviews.filter(isTo)) - 0.75)).toBeLessThanOrEqual(0.03);
      expect(Math.abs(basisShare(interviews.filter((i) => !isTo(i))) - 0.55)).toBeLessThanOrEqual(0.03);
    },
  );

  it('follows the legacy mapping, with the assessed products split about half and half', () => {
    for (const interview of rows.transitionInterviews) {
      if (!interview.outcome) continue;
      const mapped = LEGACY_MAPPING[interview.legacyIndication];
      if (mapped === 'BASIS') expect(interview.outcome).toBe('BASIS');
      if (mapped === 'AANVULLEND') expect(interview.outcome).not.toBe('BASIS');
    }
    for (const product of ['TO3', 'DB2', 'DB5'] as const) {
      const share = basisShare(rows.transitionInterviews.filter((i) => i.legacyIndication === product));
      expect(Math.abs(share - 0.5), product).toBeLessThan(0.08);
    }
  });

  it('gives about 3% a tailored solution', () => {
    const decided = rows.transitionInterviews.filter((i) => i.outcome);
    const tailored = decided.filter((i) => i.outcome === 'MAATWERKOPLOSSING').length / decided.length;
    expect(tailored).toBeGreaterThan(0.02);
    expect(tailored).toBeLessThan(0.04);
  });

  it('holds every perspective conversation by late November 2020, and shows every follow-up state', () => {
    const count = (match: (i: Interview) => boolean) => rows.transitionInterviews.filter(match).length;
    // *council letter 2020*: all perspective conversations held.
    expect(count((i) => !i.heldOn || !i.plannedOn)).toBe(0);
    expect(count((i) => i.heldOn! > '2020-11-20')).toBe(0);
    expect(count((i) => i.handover === 'COMPLETED') / 2000).toBeGreaterThan(0.85);
    expect(count((i) => i.handover === 'IN_PROGRESS')).toBeGreaterThan(40);
    expect(count((i) => i.handover === 'NOT_STARTED')).toBeGreaterThan(40);
    for (const interview of rows.transitionInterviews) {
      expect(interview.outcome).toBeTruthy();
      expect(interview.newOrganisationId).toBeTruthy();
      expect(interview.heldOn! >= interview.plannedOn!).toBe(true);
      if (interview.earlyTransfer) expect(interview.handover).toBe('COMPLETED');
    }
  });

  it('names the new provider by outcome and the legacy provider among the old ones', () => {
    const legacy = new Set(['org-windkracht058', 'org-mindup', 'org-ixta-noa', 'org-amaryllis']);
    for (const interview of rows.transitionInterviews) {
      expect(legacy.has(interview.legacyOrganisationId)).toBe(true);
      if (interview.outcome === 'BASIS') expect(interview.newOrganisationId).toBe('org-amaryllis');
      if (interview.outcome === 'AANVULLEND') expect(interview.newOrganisationId).toBe('org-windkracht058');
    }
  });

  it('starts support with the new provider for handed-over clients, in the pillar of the outcome', () => {
    const engagementsOf = data.groupBy(rows.engagements, (e) => e.clientId);
    for (const interview of rows.transitionInterviews) {
      if (interview.handover === 'NOT_STARTED') continue;
      const kind = interview.legacyIndication.startsWith('DB') ? 'DAGBESTEDING' : 'THUISONDERSTEUNING';
      const pillar = interview.outcome === 'BASIS' ? 'BASIS' : 'AANVULLEND';
      const match = (engagementsOf.get(interview.clientId) ?? []).find(
        (e) => e.kind === kind && e.pillar === pillar,
      );
      expect(match, interview.id).toBeDefined();
      if (interview.handover === 'COMPLETED') expect(match!.startedOn).toBe('2021-01-01');
    }
  });
});

describe('generateClients: housing tied to care', () => {
  it('has exactly 125 housing links at the default scale, 99 solved and 26 open', () => {
    const solved = rows.housingLinks.filter((h) => h.status === 'SOLVED');
    const open = rows.housingLinks.filter((h) => h.status === 'OPEN');
    expect(rows.housingLinks).toHaveLength(125);
    expect(solved).toHaveLength(99);
    expect(open).toHaveLength(26);
    expect(solved.every((h) => h.solvedOn)).toBe(true);
    expect(open.every((h) => !h.solvedOn)).toBe(true);
    expect(new Set(rows.housingLinks.map((h) => h.clientId)).size).toBe(125);
  });

  it('links housing to the client’s legacy provider', () => {
    const interviewOf = new Map(rows.transitionInterviews.map((i) => [i.clientId, i]));
    for (const link of rows.housingLinks)
      expect(link.organisationId).toBe(interviewOf.get(link.clientId)!.legacyOrganisationId);
  });

  it('scales the links in proportion for a larger seed', () => {
    const large = indexed(generateClients({ transitionClients: 10_000 })).rows.housingLinks;
    expect(large).toHaveLength(625);
    expect(large.filter((h) => h.status === 'SOLVED')).toHaveLength(495);
  });
});
