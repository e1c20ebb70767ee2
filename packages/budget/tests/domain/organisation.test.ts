import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  agbRefusal,
  alreadyRegistered,
  decideNewOrganisation,
  decideOrganisationChanges,
  unknownOrganisation,
} from '../../src/domain/organisation.ts';

describe('registering an organisation', () => {
  it('gives it a readable id from its trimmed name', () => {
    expect(
      decideNewOrganisation({ name: '  Kernpartner Één ', kind: 'PROVIDER', agbCode: '12345678' }),
    ).toEqual({
      id: 'org-kernpartner-een',
      name: 'Kernpartner Één',
      kind: 'PROVIDER',
      agbCode: '12345678',
      description: null,
    });
  });

  it('refuses an empty name, a name without letters or digits and an AGB code that is not eight digits', () => {
    const field = (name: string, agbCode?: string) =>
      (decideNewOrganisation({ name, kind: 'PARTNER', agbCode }) as ValidationError).field;
    expect(field('  ')).toBe('name');
    expect(field('—')).toBe('name');
    expect(field('Partner', '1234567')).toBe('agbCode');
  });

  it('answers a taken name or id as a refusal of the name', () => {
    const refusal = alreadyRegistered('org-amaryllis');
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'name' });
    expect(refusal.message).toContain('org-amaryllis');
  });
});

describe('changing an organisation', () => {
  it('changes what is given: a null AGB code or description removes it, a left-out field stays', () => {
    expect(decideOrganisationChanges({ name: ' New ', agbCode: null, description: null })).toEqual({
      name: 'New',
      agbCode: null,
      description: null,
    });
    expect(decideOrganisationChanges({ name: null })).toEqual({});
    expect(decideOrganisationChanges({ agbCode: '01234567' })).toEqual({ agbCode: '01234567' });
  });

  it('refuses an empty name and a malformed AGB code', () => {
    expect(decideOrganisationChanges({ name: '' })).toMatchObject({ field: 'name' });
    expect(decideOrganisationChanges({ agbCode: '1234567a' })).toMatchObject({ field: 'agbCode' });
    expect(agbRefusal(undefined)).toBeNull();
    expect(agbRefusal(null)).toBeNull();
  });
});

describe('references to organisations', () => {
  it('names the first unknown organisation', () => {
    expect(unknownOrganisation(['a', 'b'], new Set(['a', 'b']))).toBeNull();
    expect(unknownOrganisation([], new Set())).toBeNull();
    const refusal = unknownOrganisation(['a', 'x', 'y'], new Set(['a']));
    expect(refusal).toBeInstanceOf(NotFoundError);
    expect(refusal).toMatchObject({ entity: 'Organisation', id: 'x' });
  });
});
