import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { agreeCombinedRegie, combinedLead, combinedSupport } from '../../src/domain/combined-regie.ts';
import {
  NotJeugdwetCaseError,
  NoWmoRegievoerderError,
  YouthCaseClosedError,
} from '../../src/domain/errors.ts';
import { aCase, HOUSEHOLD, JEUGDWET_CASE, TODAY } from './fixtures.ts';

const input = { lead: 'PROCESREGISSEUR' as const, agreedOn: '2022-03-01' };

describe('combined regie (BR-Y6, R-004-15)', () => {
  it('joins the procesregisseur with the household’s Wmo regievoerder now, with an agreed lead', () => {
    expect(agreeCombinedRegie(JEUGDWET_CASE, input, HOUSEHOLD, null, TODAY)).toEqual({
      wmoRegievoerderId: 'worker-00013',
      processDirectorId: 'worker-00009',
      lead: 'PROCESREGISSEUR',
      agreedOn: '2022-03-01',
      ends: null,
    });
  });

  it('replaces the agreement in force, not before it was agreed', () => {
    const inForce = { id: 'agreement-1', agreedOn: '2022-02-01' };
    expect(agreeCombinedRegie(JEUGDWET_CASE, input, HOUSEHOLD, inForce, TODAY)).toMatchObject({
      ends: 'agreement-1',
    });
    expect(
      agreeCombinedRegie(JEUGDWET_CASE, { ...input, agreedOn: '2022-01-31' }, HOUSEHOLD, inForce, TODAY),
    ).toBeInstanceOf(ValidationError);
  });

  it('is refused without a Wmo regievoerder, off the Jeugdwet route, and on a closed case', () => {
    expect(
      agreeCombinedRegie(JEUGDWET_CASE, input, { ...HOUSEHOLD, wmoRegievoerderId: null }, null, TODAY),
    ).toBeInstanceOf(NoWmoRegievoerderError);
    expect(agreeCombinedRegie(aCase(), input, HOUSEHOLD, null, TODAY)).toBeInstanceOf(NotJeugdwetCaseError);
    expect(
      agreeCombinedRegie({ ...JEUGDWET_CASE, closedOn: '2022-02-01' }, input, HOUSEHOLD, null, TODAY),
    ).toBeInstanceOf(YouthCaseClosedError);
  });

  it('names no lead while nothing is agreed: the open design item (BR-R6)', () => {
    expect(combinedLead(null)).toBeNull();
    expect(combinedLead({ lead: 'WMO_REGIEVOERDER' })).toBe('WMO_REGIEVOERDER');
  });
});

describe('which Jeugdwet cases count as combined support (BR-Y6)', () => {
  it('counts Wmo regie or an open debt case, and neither not', () => {
    expect(combinedSupport('worker-00013', false)).toEqual({ wmoSupport: true, debtSupport: false });
    expect(combinedSupport(null, true)).toEqual({ wmoSupport: false, debtSupport: true });
    expect(combinedSupport('worker-00013', true)).toEqual({ wmoSupport: true, debtSupport: true });
    expect(combinedSupport(null, false)).toBeNull();
  });

  it('without an answer from debt, counts Wmo regie alone and leaves debt support unknown', () => {
    expect(combinedSupport('worker-00013', null)).toEqual({ wmoSupport: true, debtSupport: null });
    expect(combinedSupport(null, null)).toBeNull();
  });
});
