import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  NotCertifiedInstitutionError,
  NotCompulsoryFrameworkError,
  StepOutOfOrderError,
} from '../../../src/domain/safety/errors.ts';
import { startCooperation, stepDown } from '../../../src/domain/safety/gi.ts';
import { CASE, TODAY } from './fixtures.ts';

const compulsory = { id: 'gi-1', framework: 'GEDWONGEN' as const, startedOn: '2021-03-01', endedOn: null };

describe('cooperation with a gecertificeerde instelling (BR-YS11)', () => {
  const gi = { id: 'org-gi', kind: 'PARTNER', mainLots: [] };

  it('starts in a frame, with a partner budget knows', () => {
    expect(startCooperation(CASE, gi, { organisationId: 'org-gi', framework: 'GEDWONGEN' }, TODAY)).toEqual({
      caseId: CASE.id,
      organisationId: 'org-gi',
      framework: 'GEDWONGEN',
      startedOn: TODAY,
    });
  });

  it('is not with an organisation budget does not know, nor one that is no partner (it would see the case)', () => {
    expect(
      startCooperation(CASE, null, { organisationId: 'org-typo', framework: 'GEDWONGEN' }, TODAY),
    ).toBeInstanceOf(NotFoundError);
    const refusal = startCooperation(
      CASE,
      { id: 'org-amaryllis', kind: 'PROVIDER', mainLots: ['BASISONDERSTEUNING'] },
      { organisationId: 'org-amaryllis', framework: 'VRIJWILLIG' },
      TODAY,
    );
    expect(refusal).toBeInstanceOf(NotCertifiedInstitutionError);
    expect(refusal).toMatchObject({
      field: 'organisationId',
      organisationId: 'org-amaryllis',
      kind: 'PROVIDER',
    });
  });

  it('steps down from the compulsory to the voluntary frame, not before it started', () => {
    expect(stepDown(CASE, compulsory, { steppedDownOn: '2021-03-01' }, TODAY)).toEqual({
      framework: 'VRIJWILLIG',
      steppedDownOn: '2021-03-01',
    });
    expect(stepDown(CASE, compulsory, { steppedDownOn: '2021-02-28' }, TODAY)).toBeInstanceOf(
      StepOutOfOrderError,
    );
  });

  it('only forward: a voluntary cooperation does not step down (or back)', () => {
    const refusal = stepDown(CASE, { ...compulsory, framework: 'VRIJWILLIG' }, {}, TODAY);
    expect(refusal).toBeInstanceOf(NotCompulsoryFrameworkError);
    expect(refusal).toMatchObject({ cooperationId: 'gi-1', framework: 'VRIJWILLIG' });
  });

  it('not after the cooperation ended', () => {
    expect(
      stepDown(CASE, { ...compulsory, endedOn: '2021-04-01' }, { steppedDownOn: '2021-04-02' }, TODAY),
    ).toBeInstanceOf(ValidationError);
  });
});
