import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { ActivePlanExistsError, RuleViolationError } from '../../src/domain/errors.ts';
import { checkGoals, draftPlan, oneActivePlan, updatePlan } from '../../src/domain/plan.ts';

const TODAY = '2021-06-01';
const input = {
  householdId: 'household-000001',
  createdByWorkerId: 'worker-00001',
  goals: [' Schulden op orde ', ''],
};

describe('writing a plan', () => {
  it('trims the goals, leaves empty ones out, and takes effect today unless told', () => {
    expect(draftPlan({ ...input, agreements: '  ' }, TODAY)).toEqual({
      householdId: 'household-000001',
      createdByWorkerId: 'worker-00001',
      goals: ['Schulden op orde'],
      agreements: null,
      partyOrganisationIds: [],
      startedOn: TODAY,
    });
  });

  it('refuses more than 20 goals or a goal over 500 characters', () => {
    expect(checkGoals(Array.from({ length: 20 }, (_, i) => `doel ${i}`))).toHaveLength(20);
    expect(checkGoals(Array.from({ length: 21 }, (_, i) => `doel ${i}`))).toBeInstanceOf(ValidationError);
    expect(draftPlan({ ...input, goals: ['x'.repeat(501)] }, TODAY)).toMatchObject({ field: 'goals' });
  });

  it('keeps one active plan per household (BR-K3)', () => {
    expect(oneActivePlan('household-000001', null)).toBeNull();
    const refusal = oneActivePlan('household-000001', 'plan-1');
    expect(refusal).toBeInstanceOf(ActivePlanExistsError);
    expect(refusal).toMatchObject({ householdId: 'household-000001', planId: 'plan-1' });
  });
});

describe('changing a plan (P4)', () => {
  const open = { startedOn: '2021-01-01', closedOn: null };

  it('changes only what is sent, clearing agreements sent as null', () => {
    expect(updatePlan(open, {})).toEqual({});
    expect(updatePlan(open, { goals: [' a '], agreements: null, closedOn: '2021-12-31' })).toEqual({
      goals: ['a'],
      agreements: null,
      closedOn: '2021-12-31',
    });
  });

  it('refuses to change a closed plan', () => {
    const refusal = updatePlan({ ...open, closedOn: '2021-03-01' }, { goals: ['a'] });
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'id' });
  });

  it('closes on or after the start only', () => {
    expect(updatePlan(open, { closedOn: '2020-12-31' })).toMatchObject({ field: 'closedOn' });
    expect(updatePlan(open, { closedOn: '2021-01-01' })).toEqual({ closedOn: '2021-01-01' });
  });

  it('refuses goals over the limits', () => {
    expect(updatePlan(open, { goals: ['x'.repeat(501)] })).toBeInstanceOf(ValidationError);
  });
});
