import { NotFoundError, type ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { decideSubsidy, type SubsidyGrant } from '../../src/domain/subsidy.ts';

const grant: SubsidyGrant = {
  organisationId: 'org-vol',
  year: 2021,
  purpose: ' Strengthening volunteer networks ',
  amountCents: 12_500_000n,
};
const known = new Set(['org-vol']);

describe('granting a subsidy', () => {
  it('grants more than zero for a stated purpose', () => {
    expect(decideSubsidy(grant, known)).toEqual({ ...grant, purpose: 'Strengthening volunteer networks' });
  });

  it('refuses zero, an implausible year, an empty purpose and an unknown organisation', () => {
    const field = (change: Partial<SubsidyGrant>) =>
      (decideSubsidy({ ...grant, ...change }, known) as ValidationError).field;
    expect(field({ amountCents: 0n })).toBe('amount');
    expect(field({ amountCents: -1n })).toBe('amount');
    expect(field({ year: 1900 })).toBe('year');
    expect(field({ purpose: ' ' })).toBe('purpose');
    const unknown = decideSubsidy({ ...grant, organisationId: 'org-x' }, known);
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(unknown).toMatchObject({ id: 'org-x' });
  });
});
