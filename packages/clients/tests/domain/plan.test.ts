import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { ActivePlanExistsError, RuleViolationError } from '../../src/domain/errors.ts';
import { activeOn, checkGoals, draftPlan, oneActivePlan, updatePlan } from '../../src/domain/plan.ts';

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
    expect(oneActivePlan('household-000001', [], TODAY)).toBeNull();
    const open = { id: 'plan-1', startedOn: '2021-01-01', closedOn: null };
    const refusal = oneActivePlan('household-000001', [open], TODAY);
    expect(refusal).toBeInstanceOf(ActivePlanExistsError);
    expect(refusal).toMatchObject({ householdId: 'household-000001', planId: 'plan-1' });
  });

  it('counts a plan closing after the new start as active, and one closed by then not (BR-K3)', () => {
    const closing = { id: 'plan-1', startedOn: '2021-01-01', closedOn: '2021-12-31' };
    expect(oneActivePlan('household-000001', [closing], TODAY)).toMatchObject({ planId: 'plan-1' });
    expect(oneActivePlan('household-000001', [closing], '2021-12-30')).toMatchObject({ planId: 'plan-1' });
    expect(oneActivePlan('household-000001', [closing], '2021-12-31')).toBeNull();
    expect(oneActivePlan('household-000001', [closing], '2022-03-01')).toBeNull();
    const before = { id: 'plan-0', startedOn: '2020-01-01', closedOn: '2020-12-31' };
    expect(oneActivePlan('household-000001', [before, closing], '2022-01-01')).toBeNull();
    // Taking effect before a later plan's end overlaps it too.
    expect(oneActivePlan('household-000001', [closing], '2020-06-01')).toMatchObject({ planId: 'plan-1' });
  });

  it('is active until its closing date, whether that lies in the past or the future', () => {
    expect(activeOn({ closedOn: null }, TODAY)).toBe(true);
    expect(activeOn({ closedOn: '2021-06-02' }, TODAY)).toBe(true);
    expect(activeOn({ closedOn: TODAY }, TODAY)).toBe(false);
    expect(activeOn({ closedOn: '2021-05-31' }, TODAY)).toBe(false);
  });
});

describe('changing a plan (P4)', () => {
  const open = { startedOn: '2021-01-01', closedOn: null };

  it('changes only what is sent, clearing agreements sent as null', () => {
    expect(updatePlan(open, {}, TODAY)).toEqual({});
    expect(updatePlan(open, { goals: [' a '], agreements: null, closedOn: '2021-12-31' }, TODAY)).toEqual({
      goals: ['a'],
      agreements: null,
      closedOn: '2021-12-31',
    });
  });

  it('refuses to change a closed plan', () => {
    const refusal = updatePlan({ ...open, closedOn: '2021-03-01' }, { goals: ['a'] }, TODAY);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect(refusal).toMatchObject({ field: 'id' });
    expect(updatePlan({ ...open, closedOn: TODAY }, { goals: ['a'] }, TODAY)).toMatchObject({ field: 'id' });
  });

  it('changes a plan whose closing date lies ahead, until that date', () => {
    const closing = { ...open, closedOn: '2021-12-31' };
    expect(updatePlan(closing, { goals: ['a'] }, TODAY)).toEqual({ goals: ['a'] });
    expect(updatePlan(closing, { goals: ['a'] }, '2021-12-30')).toEqual({ goals: ['a'] });
    expect(updatePlan(closing, { goals: ['a'] }, '2021-12-31')).toMatchObject({ field: 'id' });
  });

  it('does not move a closing date once set', () => {
    const closing = { ...open, closedOn: '2021-12-31' };
    const later = updatePlan(closing, { closedOn: '2022-06-30' }, TODAY);
    expect(later).toBeInstanceOf(RuleViolationError);
    expect(later).toMatchObject({ field: 'closedOn' });
    expect(updatePlan(closing, { closedOn: '2021-09-30' }, TODAY)).toMatchObject({ field: 'closedOn' });
    expect(updatePlan(closing, { closedOn: '2021-12-31', goals: ['a'] }, TODAY)).toEqual({ goals: ['a'] });
  });

  it('closes on or after the start only', () => {
    expect(updatePlan(open, { closedOn: '2020-12-31' }, TODAY)).toMatchObject({ field: 'closedOn' });
    expect(updatePlan(open, { closedOn: '2021-01-01' }, TODAY)).toEqual({ closedOn: '2021-01-01' });
  });

  it('refuses goals over the limits', () => {
    expect(updatePlan(open, { goals: ['x'.repeat(501)] }, TODAY)).toBeInstanceOf(ValidationError);
  });
});
