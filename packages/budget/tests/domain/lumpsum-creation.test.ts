import { NotFoundError, type ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { decideNewLumpsum, type NewLumpsumInput } from '../../src/domain/lumpsum-creation.ts';

const household: NewLumpsumInput = {
  year: 2022,
  title: ' Hulp bij het huishouden 2022 ',
  lots: ['HULP_BIJ_HUISHOUDEN'],
  baseCents: 1_000n,
  decidedCents: 1_001n,
  lines: [{ kind: 'PRICE_INDEX', amountCents: 1n, explanation: ' Price index 2022. ' }],
  shares: null,
};
const noFacts = { knownOrganisations: new Set<string>(), mainProviders: [] };
const providers = { knownOrganisations: new Set<string>(), mainProviders: ['org-miep', 'org-thfl'] };

describe('creating a lumpsum', () => {
  it('makes an estimated version split in equal parts over the main providers, the odd cent first', () => {
    expect(decideNewLumpsum(household, providers, 'k1')).toEqual({
      id: 'lumpsum-2022-hulp-bij-huishouden-k1',
      seriesId: 'lumpsum-2022-hulp-bij-huishouden-k1',
      correction: 0,
      year: 2022,
      title: 'Hulp bij het huishouden 2022',
      lots: ['HULP_BIJ_HUISHOUDEN'],
      status: 'ESTIMATED',
      decidedCents: 1_001n,
      baseCents: 1_000n,
      decidedOn: null,
      source: null,
      lines: [{ kind: 'PRICE_INDEX', amountCents: 1n, explanation: 'Price index 2022.' }],
      shares: [
        { organisationId: 'org-miep', amountCents: 501n },
        { organisationId: 'org-thfl', amountCents: 500n },
      ],
    });
  });

  it('names every lot in the id', () => {
    const lumpsum = decideNewLumpsum(
      {
        ...household,
        lots: ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'],
        shares: [{ organisationId: 'a', amountCents: 1_001n }],
      },
      { knownOrganisations: new Set(['a']), mainProviders: [] },
      'k2',
    );
    expect(lumpsum).toMatchObject({
      id: 'lumpsum-2022-basisondersteuning+thuisondersteuning-en-dagbesteding-k2',
    });
  });

  it('refuses an implausible year, no title, no lots, negative amounts and a line without explanation', () => {
    const field = (input: Partial<NewLumpsumInput>) =>
      (decideNewLumpsum({ ...household, ...input }, providers, 'k') as ValidationError).field;
    expect(field({ year: 2014 })).toBe('year');
    expect(field({ title: ' ' })).toBe('title');
    expect(field({ lots: [] })).toBe('lots');
    expect(field({ baseCents: -1n })).toBe('baseAmount');
    expect(field({ decidedCents: -1n })).toBe('decidedAmount');
    expect(field({ lines: [{ kind: 'PRICE_INDEX', amountCents: 1n, explanation: '' }] })).toBe(
      'lines.0.explanation',
    );
  });

  it('needs given shares for lots not split equally, and given shares add up to the decided amount', () => {
    const basis = { ...household, lots: ['BASISONDERSTEUNING' as const] };
    expect(decideNewLumpsum(basis, providers, 'k')).toMatchObject({ field: 'shares' });
    const short = { ...basis, shares: [{ organisationId: 'a', amountCents: 1_000n }] };
    expect(decideNewLumpsum(short, { ...noFacts, knownOrganisations: new Set(['a']) }, 'k')).toMatchObject({
      field: 'shares',
      message: 'The shares must add up to the decided amount',
    });
    const negative = {
      ...basis,
      shares: [
        { organisationId: 'a', amountCents: 1_002n },
        { organisationId: 'b', amountCents: -1n },
      ],
    };
    expect(decideNewLumpsum(negative, noFacts, 'k')).toMatchObject({ field: 'shares.1.amount' });
  });

  it('refuses a share for an unknown organisation, and equal parts without a main provider', () => {
    const given = { ...household, shares: [{ organisationId: 'org-nobody', amountCents: 1_001n }] };
    const unknown = decideNewLumpsum(given, noFacts, 'k');
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(unknown).toMatchObject({ entity: 'Organisation', id: 'org-nobody' });
    expect(decideNewLumpsum(household, noFacts, 'k')).toMatchObject({
      field: 'shares',
      message: 'These lots have no main provider to share in',
    });
  });
});
