import { InvalidBsnError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { checkRegistration, type RegistrationInput, uniqueBsn } from '../../src/domain/client.ts';
import { DuplicateBsnError } from '../../src/domain/errors.ts';

const TODAY = '2021-06-01';
const input: RegistrationInput = {
  bsn: '111222333',
  name: '  Aukje Postma ',
  dateOfBirth: '1975-05-05',
  areaId: 'area-west',
};

describe('registering a resident', () => {
  it('trims and completes a new resident in a new household, as its parent', () => {
    expect(checkRegistration(input, TODAY)).toEqual({
      bsn: '111222333',
      name: 'Aukje Postma',
      dateOfBirth: '1975-05-05',
      household: { newInArea: 'area-west' },
      householdRole: 'PARENT',
      address: null,
      postcode: null,
      pgbCompetent: false,
      prefersDecision: false,
      mainResidenceInMunicipality: true,
    });
  });

  it('joins an existing household as another adult unless a role is given', () => {
    const joining = { ...input, householdId: 'household-000001', areaId: null };
    expect(checkRegistration(joining, TODAY)).toMatchObject({
      household: { existing: 'household-000001' },
      householdRole: 'OTHER_ADULT',
    });
    expect(checkRegistration({ ...joining, householdRole: 'YOUNG_PERSON' }, TODAY)).toMatchObject({
      householdRole: 'YOUNG_PERSON',
    });
  });

  it('refuses a BSN that fails the 11-proef', () => {
    expect(checkRegistration({ ...input, bsn: '123456789' }, TODAY)).toBeInstanceOf(InvalidBsnError);
  });

  it('refuses an empty or overlong name', () => {
    for (const name of ['   ', 'x'.repeat(201)]) {
      expect(checkRegistration({ ...input, name }, TODAY)).toMatchObject({ field: 'name' });
    }
  });

  it('refuses a date of birth after today or before 1900', () => {
    for (const dateOfBirth of ['2021-06-02', '1899-12-31']) {
      const refusal = checkRegistration({ ...input, dateOfBirth }, TODAY);
      expect(refusal).toBeInstanceOf(ValidationError);
      expect(refusal).toMatchObject({ field: 'dateOfBirth' });
    }
    expect(checkRegistration({ ...input, dateOfBirth: TODAY }, TODAY)).not.toBeInstanceOf(Error);
  });

  it('normalises a Dutch postcode and refuses anything else', () => {
    expect(checkRegistration({ ...input, postcode: ' 8911ab ' }, TODAY)).toMatchObject({
      postcode: '8911AB',
    });
    expect(checkRegistration({ ...input, postcode: '0911 AB' }, TODAY)).toMatchObject({ field: 'postcode' });
  });

  it('needs the area of a new household', () => {
    expect(checkRegistration({ ...input, areaId: null }, TODAY)).toMatchObject({ field: 'areaId' });
  });

  it('refuses a BSN that another resident holds', () => {
    expect(uniqueBsn(null)).toBeNull();
    const refusal = uniqueBsn('client-000001');
    expect(refusal).toBeInstanceOf(DuplicateBsnError);
    expect(refusal).toMatchObject({ field: 'bsn' });
  });
});
