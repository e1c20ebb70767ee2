import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_LEVELS,
  END_REASONS,
  OBJECTION_OUTCOMES,
  REQUEST_OUTCOMES,
} from '../../src/domain/codes.ts';
import { pillarDelivers } from '../../src/domain/engagement.ts';
import { endReasonCounted, everyGroup, STATISTICS_CATALOGUE } from '../../src/domain/statistics.ts';
import { TRANSITION_STATUSES } from '../../src/domain/transition.ts';

describe('the catalogue of the statistics (BR-KT5)', () => {
  it('lists every pillar × kind the engagement rules allow, and no other', () => {
    const pairs = STATISTICS_CATALOGUE.pillarKinds.map(({ pillar, kind }) => `${pillar}/${kind}`);
    expect(pairs).toHaveLength(27);
    expect(pairs).toContain('BASIS/PERSOONLIJKE_VERZORGING');
    expect(pairs).toContain('SOCIALE_BASIS/PARTICIPATIE');
    expect(pairs).toContain('AANVULLEND/HULP_BIJ_HET_HUISHOUDEN');
    for (const forbidden of [
      // Light parenting support is the youth subgraph's (BR-CL16): clients counts it in no pillar.
      'SOCIALE_BASIS/LICHTE_OPVOEDONDERSTEUNING',
      'BASIS/LICHTE_OPVOEDONDERSTEUNING',
      'AANVULLEND/LICHTE_OPVOEDONDERSTEUNING',
      // Debt help is the debt subgraph's (BR-CL17): clients counts it in no pillar either.
      'SOCIALE_BASIS/SCHULDHULPVERLENING',
      'BASIS/SCHULDHULPVERLENING',
      'AANVULLEND/SCHULDHULPVERLENING',
      'AANVULLEND/PARTICIPATIE',
      'AANVULLEND/PERSOONLIJKE_VERZORGING',
      'BASIS/HULP_BIJ_HET_HUISHOUDEN',
      'SOCIALE_BASIS/KORTDUREND_VERBLIJF',
      'AANVULLEND/JONGERENWERK',
    ]) {
      expect(pairs).not.toContain(forbidden);
    }
    for (const { pillar, kind } of STATISTICS_CATALOGUE.pillarKinds)
      expect(pillarDelivers(pillar, kind)).toBe(true);
  });

  it('lists every request outcome and not yet assessed, every complaint rung, and only returned transition states', () => {
    expect(STATISTICS_CATALOGUE.requestOutcomes.map((g) => g.outcome)).toEqual([...REQUEST_OUTCOMES, null]);
    expect(STATISTICS_CATALOGUE.complaintLevels.map((g) => g.level)).toEqual([...COMPLAINT_LEVELS]);
    expect(STATISTICS_CATALOGUE.decisionOutcomes.map((g) => g.outcome)).toEqual(['GRANTED', 'REFUSED']);
    expect(STATISTICS_CATALOGUE.transitionStatuses.map((g) => g.status)).toEqual([...TRANSITION_STATUSES]);
    expect(STATISTICS_CATALOGUE.transitionStatuses.map((g) => g.status)).not.toContain('NO_FOLLOW_UP');
  });
});

describe('the catalogues of the council figures (BR-CL20–BR-CL24)', () => {
  it('lists every pillar, provision type, end reason, complaint status, objection outcome and not yet decided, and housing link status', () => {
    expect(STATISTICS_CATALOGUE.pillars.map((g) => g.pillar)).toEqual([
      'SOCIALE_BASIS',
      'BASIS',
      'AANVULLEND',
    ]);
    expect(STATISTICS_CATALOGUE.provisionTypes.map((g) => g.provisionType)).toEqual(['ALGEMEEN', 'MAATWERK']);
    expect(STATISTICS_CATALOGUE.endReasons.map((g) => g.reason)).toEqual([...END_REASONS]);
    expect(STATISTICS_CATALOGUE.complaintStatuses.map((g) => g.status)).toEqual(['OPEN', 'RESOLVED']);
    expect(STATISTICS_CATALOGUE.objectionOutcomes.map((g) => g.outcome)).toEqual([
      ...OBJECTION_OUTCOMES,
      null,
    ]);
    expect(STATISTICS_CATALOGUE.housingLinkStatuses.map((g) => g.status)).toEqual(['OPEN', 'SOLVED']);
  });

  it('counts an end recorded without a reason as OTHER, added to the ends with that reason (BR-CL21)', () => {
    const rows = [
      { reason: null, n: 2 },
      { reason: 'OTHER' as const, n: 3 },
      { reason: 'MOVED' as const, n: 1 },
    ].map((r) => ({ reason: endReasonCounted(r.reason), n: r.n }));
    const counted = everyGroup(STATISTICS_CATALOGUE.endReasons, rows);
    expect(counted.find((r) => r.reason === 'OTHER')!.n).toBe(5);
    expect(counted.find((r) => r.reason === 'MOVED')!.n).toBe(1);
    expect(counted).toHaveLength(END_REASONS.length);
  });
});

describe('every group of a catalogue', () => {
  it('adds up rows that meet in one group, also outside the catalogue', () => {
    expect(
      everyGroup(
        [{ outcome: 'A' }],
        [
          { outcome: 'A', n: 1 },
          { outcome: 'A', n: '2' },
          { outcome: 'Z', n: 4 },
          { outcome: 'Z', n: 1 },
        ],
      ),
    ).toEqual([
      { outcome: 'A', n: 3 },
      { outcome: 'Z', n: 5 },
    ]);
  });

  it('fills the groups the SQL did not find with zero, in the catalogue order', () => {
    const catalogue = [{ outcome: 'A' }, { outcome: 'B' }, { outcome: null }];
    expect(
      everyGroup(catalogue, [
        { outcome: null, n: '4' },
        { outcome: 'B', n: 2 },
      ]),
    ).toEqual([
      { outcome: 'A', n: 0 },
      { outcome: 'B', n: 2 },
      { outcome: null, n: 4 },
    ]);
  });

  it('matches groups of several values, and keeps a group outside the catalogue after it', () => {
    const catalogue = [
      { pillar: 'BASIS', kind: 'X' },
      { pillar: 'BASIS', kind: 'Y' },
    ];
    expect(
      everyGroup(catalogue, [
        { pillar: 'AANVULLEND', kind: 'X', n: 1 },
        { pillar: 'BASIS', kind: 'Y', n: 9 },
      ]),
    ).toEqual([
      { pillar: 'BASIS', kind: 'X', n: 0 },
      { pillar: 'BASIS', kind: 'Y', n: 9 },
      { pillar: 'AANVULLEND', kind: 'X', n: 1 },
    ]);
  });
});
