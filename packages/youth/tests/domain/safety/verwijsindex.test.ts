import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { ChildNotInCaseError, StepOutOfOrderError } from '../../../src/domain/safety/errors.ts';
import { contactMatch, recordMatch, registerChild } from '../../../src/domain/safety/verwijsindex.ts';
import { CASE, TODAY } from './fixtures.ts';

describe('the Verwijsindex (BR-YS9)', () => {
  it('registers a child of the case, and no other', () => {
    expect(registerChild(CASE, { childId: 'client-child-b', registeredOn: '2021-03-01' }, TODAY)).toEqual({
      caseId: CASE.id,
      childId: 'client-child-b',
      registeredOn: '2021-03-01',
    });
    expect(registerChild(CASE, { childId: 'client-other' }, TODAY)).toBeInstanceOf(ChildNotInCaseError);
  });

  it('matches an organisation not before the registration', () => {
    const registration = { id: 'verwijsindex-1', registeredOn: '2021-03-01' };
    expect(
      recordMatch(CASE, registration, { organisationId: 'org-ggd', matchedOn: '2021-03-01' }, TODAY),
    ).toEqual({
      registrationId: 'verwijsindex-1',
      organisationId: 'org-ggd',
      matchedOn: '2021-03-01',
    });
    expect(
      recordMatch(CASE, registration, { organisationId: 'org-ggd', matchedOn: '2021-02-28' }, TODAY),
    ).toBeInstanceOf(StepOutOfOrderError);
  });

  it('contacts the match not before the match, and once', () => {
    const match = { id: 'verwijsindex-match-1', matchedOn: '2021-03-05', contactedOn: null };
    expect(contactMatch(CASE, match, { contactedOn: '2021-03-05' }, TODAY)).toEqual({
      contactedOn: '2021-03-05',
    });
    const early = contactMatch(CASE, match, { contactedOn: '2021-03-04' }, TODAY);
    expect(early).toBeInstanceOf(StepOutOfOrderError);
    expect(early).toMatchObject({ field: 'contactedOn', notBefore: '2021-03-05' });
    expect(contactMatch(CASE, { ...match, contactedOn: '2021-03-06' }, {}, TODAY)).toBeInstanceOf(
      ValidationError,
    );
  });
});
