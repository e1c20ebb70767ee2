import { describe, expect, it } from 'vitest';
import {
  CoordinatorAlreadyAssignedError,
  JeugdwetRegieMovedError,
  RuleViolationError,
} from '../../src/domain/errors.ts';
import { assignCoordinator, holderIn, reassignCoordinator } from '../../src/domain/regie.ts';
import { regieDomainRefusal } from '../../src/domain/youth-handover.ts';

const TODAY = '2021-06-01';
const active = { id: 'regie-1', workerId: 'worker-00001', startedOn: '2021-02-01' };
const wanted = {
  householdId: 'household-000001',
  workerId: 'worker-00002',
  organisationId: 'org-amaryllis',
  domain: 'WMO' as const,
};

describe('assigning a regievoerder (BR-R1)', () => {
  it('assigns where the household has none in the domain, from today unless told', () => {
    expect(assignCoordinator(null, wanted, TODAY)).toEqual({ ...wanted, startedOn: TODAY });
    expect(assignCoordinator(null, { ...wanted, startedOn: '2021-05-01' }, TODAY)).toMatchObject({
      startedOn: '2021-05-01',
    });
  });

  it('refuses a second active one, naming the worker who holds regie', () => {
    const refusal = assignCoordinator(active, wanted, TODAY);
    expect(refusal).toBeInstanceOf(CoordinatorAlreadyAssignedError);
    expect(refusal).toMatchObject({ householdId: 'household-000001', workerId: 'worker-00001' });
  });

  it('names the domain in which the household already has a regievoerder', () => {
    const wmo = assignCoordinator(active, { ...wanted, domain: 'WMO' }, TODAY) as Error;
    expect(wmo.message).toContain('already has an active Wmo regievoerder');
    const work = assignCoordinator(active, { ...wanted, domain: 'WERK_PARTICIPATIE' }, TODAY) as Error;
    expect(work.message).toContain('already has an active work and participation regievoerder');
  });
});

describe('Jeugdwet procesregie is the youth subgraph’s (BR-CL15)', () => {
  it('refuses to assign it or hand it over, whether or not the household has a holder, naming where it lives', () => {
    const jeugdwet = {
      ...wanted,
      workerId: 'worker-00009',
      organisationId: 'org-jet',
      domain: 'JEUGDWET' as const,
    };
    for (const refusal of [
      assignCoordinator(null, jeugdwet, TODAY),
      assignCoordinator(active, jeugdwet, TODAY),
      reassignCoordinator(active, jeugdwet, TODAY),
      reassignCoordinator(null, jeugdwet, TODAY),
      regieDomainRefusal('JEUGDWET'),
    ]) {
      expect(refusal).toBeInstanceOf(JeugdwetRegieMovedError);
      expect(refusal).toMatchObject({
        field: 'domain',
        message:
          'Jeugdwet procesregie is the process director of a youth case ' +
          '(youth subgraph: YouthCase.processDirector, recordJetDecision/appointProcessDirector)',
      });
    }
    expect(regieDomainRefusal('WMO')).toBeNull();
    expect(regieDomainRefusal('WERK_PARTICIPATIE')).toBeNull();
  });
});

describe('handing regie over (BR-CL6)', () => {
  it('ends the active assignment on the handover date and starts the new one that day', () => {
    expect(reassignCoordinator(active, { ...wanted, on: '2021-04-01' }, TODAY)).toEqual({
      ends: { id: 'regie-1', endedOn: '2021-04-01' },
      starts: { ...wanted, startedOn: '2021-04-01' },
    });
    expect(reassignCoordinator(active, wanted, TODAY)).toMatchObject({ ends: { endedOn: TODAY } });
  });

  it('refuses when nobody holds regie in the domain', () => {
    const refusal = reassignCoordinator(null, wanted, TODAY);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'householdId', message: expect.stringMatching(/no active WMO/) });
  });

  it('refuses a handover to the worker who already holds regie', () => {
    expect(reassignCoordinator(active, { ...wanted, workerId: 'worker-00001' }, TODAY)).toMatchObject({
      field: 'workerId',
    });
  });

  it('refuses a handover before the current assignment started, and takes one on its first day', () => {
    expect(reassignCoordinator(active, { ...wanted, on: '2021-01-31' }, TODAY)).toMatchObject({
      field: 'on',
    });
    expect(reassignCoordinator(active, { ...wanted, on: '2021-02-01' }, TODAY)).not.toBeInstanceOf(Error);
  });
});

describe('who holds regie now', () => {
  it('is the open assignment of the domain asked', () => {
    const assignments = [
      { id: 'a', domain: 'WMO' as const, endedOn: '2021-03-31' },
      { id: 'b', domain: 'JEUGDWET' as const, endedOn: null },
      { id: 'c', domain: 'WMO' as const, endedOn: null },
    ];
    expect(holderIn(assignments, 'WMO')?.id).toBe('c');
    expect(holderIn(assignments, 'JEUGDWET')?.id).toBe('b');
    expect(holderIn(assignments, 'WERK_PARTICIPATIE')).toBeNull();
  });
});
