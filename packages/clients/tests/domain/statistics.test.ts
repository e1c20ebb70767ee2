import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_LEVELS, REQUEST_OUTCOMES } from '../../src/domain/codes.ts';
import { pillarDelivers } from '../../src/domain/engagement.ts';
import { checkPeriod, everyGroup, STATISTICS_CATALOGUE } from '../../src/domain/statistics.ts';
import { TRANSITION_STATUSES } from '../../src/domain/transition.ts';

describe('a reporting period', () => {
  it('may be one day long, and does not end before it starts', () => {
    expect(checkPeriod('2021-01-01', '2021-01-01')).toBeNull();
    expect(checkPeriod('2021-01-01', '2021-12-31')).toBeNull();
    const refusal = checkPeriod('2021-01-01', '2020-12-31');
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'to' });
  });

  it('is at most ten years long, as its description says', () => {
    expect(checkPeriod('2021-01-01', '2031-01-01')).toBeNull();
    expect(checkPeriod('2021-01-01', '2031-01-02')).toMatchObject({
      field: 'to',
      message: 'A period is at most ten years long',
    });
  });
});

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

describe('every group of a catalogue', () => {
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
