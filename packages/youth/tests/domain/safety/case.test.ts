import { ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { childOfCase, daysBetween, eventDateRefusal } from '../../../src/domain/safety/case.ts';
import { ChildNotInCaseError, YouthCaseClosedError } from '../../../src/domain/safety/errors.ts';
import { CASE, ONE_CHILD, TODAY } from './fixtures.ts';

describe('the child of a safety event (BR-YS1)', () => {
  it('takes a named child of the case, and refuses one who is not', () => {
    expect(childOfCase(CASE, 'client-child-b')).toBe('client-child-b');
    const refusal = childOfCase(CASE, 'client-stranger');
    expect(refusal).toBeInstanceOf(ChildNotInCaseError);
    expect(refusal).toMatchObject({ field: 'childId', caseId: CASE.id, childId: 'client-stranger' });
  });

  it('defaults to the only child, and asks for the child on a case with several', () => {
    expect(childOfCase(ONE_CHILD, null)).toBe('client-child-a');
    const refusal = childOfCase(CASE, undefined);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ field: 'childId' });
    expect(refusal).not.toBeInstanceOf(ChildNotInCaseError);
  });
});

describe('the date of a safety event (BR-YS13)', () => {
  it('accepts a date from the opening up to today', () => {
    expect(eventDateRefusal(CASE, CASE.openedOn, TODAY, 'on')).toBeUndefined();
    expect(eventDateRefusal(CASE, TODAY, TODAY, 'on')).toBeUndefined();
  });

  it('refuses a date in the future, before the opening, or no date at all', () => {
    expect(eventDateRefusal(CASE, '2021-06-02', TODAY, 'on')).toMatchObject({ field: 'on' });
    expect(eventDateRefusal(CASE, '2021-01-31', TODAY, 'on')).toBeInstanceOf(ValidationError);
    expect(eventDateRefusal(CASE, '2021-02-30', TODAY, 'on')).toBeInstanceOf(ValidationError);
  });

  it('takes no event on a closed case, whatever its date (BR-Y13)', () => {
    const closed = { ...CASE, closedOn: '2021-04-30' };
    for (const date of ['2021-03-01', '2021-05-01']) {
      const refusal = eventDateRefusal(closed, date, TODAY, 'on');
      expect(refusal).toBeInstanceOf(YouthCaseClosedError);
      expect(refusal).toMatchObject({ caseId: CASE.id, closedOn: '2021-04-30' });
    }
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2021-02-27', '2021-03-01')).toBe(2);
    expect(daysBetween('2021-03-01', '2021-02-27')).toBe(-2);
  });
});
