import { NotFoundError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  planAuthor,
  referralIssuer,
  regieHolder,
  requestAssessor,
  type WorkerFacts,
} from '../../src/domain/caseworkers.ts';
import { RuleViolationError } from '../../src/domain/errors.ts';

const worker = (
  presenceRole: string,
  role: string,
  organisation: string | null = 'org-a',
  mainLots: readonly string[] = presenceRole === 'BASIS' ? ['BASISONDERSTEUNING'] : [],
): WorkerFacts => ({
  id: 'worker-1',
  role,
  presenceRole,
  organisation: organisation === null ? null : { id: organisation, mainLots },
});
const basis = worker('BASIS', 'SOCIAAL_WERKER');
const regievoerder = worker('BASIS', 'REGIEVOERDER');
const jet = worker('JET', 'JET_LID');
const socialeZaken = worker('SOCIALE_ZAKEN', 'CONSULENT_SOCIALE_ZAKEN');
const volunteer = worker('VRIJWILLIGER', 'VRIJWILLIGER');
const begeleider = worker('AANVULLEND', 'BEGELEIDER');

describe('who may hold regie (BR-R1–R3)', () => {
  it('gives Wmo regie to a basis worker, Jeugdwet procesregie to the JET, work to Sociale Zaken', () => {
    expect(regieHolder('WMO', 'worker-1', basis)).toBe(basis);
    expect(regieHolder('WMO', 'worker-1', regievoerder)).toBe(regievoerder);
    expect(regieHolder('JEUGDWET', 'worker-1', jet)).toBe(jet);
    expect(regieHolder('WERK_PARTICIPATIE', 'worker-1', socialeZaken)).toBe(socialeZaken);
  });

  it('refuses a caseworker of another team, naming the field', () => {
    const refusal = regieHolder('WMO', 'worker-1', jet);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'workerId', message: expect.stringMatching(/basis.*JET/) });
    expect(regieHolder('JEUGDWET', 'worker-1', basis)).toBeInstanceOf(RuleViolationError);
  });

  it('does not find, as a caseworker, a volunteer, a begeleider, a worker without organisation or one locations does not know', () => {
    for (const nobody of [volunteer, begeleider, worker('BASIS', 'SOCIAAL_WERKER', null), null]) {
      const refusal = regieHolder('WMO', 'worker-1', nobody);
      expect(refusal).toBeInstanceOf(NotFoundError);
      expect(refusal).toMatchObject({ entity: 'Caseworker', id: 'worker-1' });
    }
  });
});

describe('a basis worker works for the holder of the basisondersteuning lot (BR-A14)', () => {
  it('refuses a sociaal werker of an organisation without the basis lot, wherever a basis worker is needed', () => {
    const elsewhere = worker('BASIS', 'SOCIAAL_WERKER', 'org-windkracht058', [
      'THUISONDERSTEUNING_EN_DAGBESTEDING',
    ]);
    for (const refusal of [
      regieHolder('WMO', 'worker-1', elsewhere),
      referralIssuer('worker-1', elsewhere),
      requestAssessor('BASIS', 'worker-1', elsewhere),
    ])
      expect(refusal).toMatchObject({
        field: 'workerId',
        message: expect.stringMatching(/basisondersteuning lot/),
      });
    expect(planAuthor('worker-1', elsewhere)).toMatchObject({ field: 'createdByWorkerId' });
    expect(regieHolder('WMO', 'worker-1', basis)).toBe(basis);
  });
});

describe('who may refer, assess and write a plan (BR-A2, BR-A3, BR-R5)', () => {
  it('lets only a basis worker refer to aanvullend', () => {
    expect(referralIssuer('worker-1', basis)).toBe(basis);
    expect(referralIssuer('worker-1', jet)).toBeInstanceOf(RuleViolationError);
    expect(referralIssuer('worker-1', volunteer)).toBeInstanceOf(NotFoundError);
  });

  it('lets any caseworker assess a request, but only a basis worker send it to aanvullend', () => {
    expect(requestAssessor('JET', 'worker-1', jet)).toBe(jet);
    expect(requestAssessor('BASIS', 'worker-1', socialeZaken)).toBe(socialeZaken);
    expect(requestAssessor('AANVULLEND_REFERRAL', 'worker-1', basis)).toBe(basis);
    expect(requestAssessor('AANVULLEND_REFERRAL', 'worker-1', jet)).toBeInstanceOf(RuleViolationError);
    expect(requestAssessor('SOCIALE_BASIS', 'worker-1', volunteer)).toBeInstanceOf(NotFoundError);
  });

  it('lets a basis worker write the plan, naming createdByWorkerId otherwise', () => {
    expect(planAuthor('worker-1', regievoerder)).toBe(regievoerder);
    expect(planAuthor('worker-1', jet)).toMatchObject({ field: 'createdByWorkerId' });
  });
});
