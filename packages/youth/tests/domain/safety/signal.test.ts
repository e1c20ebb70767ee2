import { describe, expect, it } from 'vitest';
import { ChildNotInCaseError, YouthCaseClosedError } from '../../../src/domain/safety/errors.ts';
import { recordSignal } from '../../../src/domain/safety/signal.ts';
import { CASE, TODAY } from './fixtures.ts';

describe('a signal of unsafety (BR-YS1)', () => {
  it('is about a child of the case, signalled by the caller’s organisation, today unless told', () => {
    expect(recordSignal(CASE, { childId: 'client-child-a' }, 'org-school', TODAY)).toEqual({
      caseId: CASE.id,
      childId: 'client-child-a',
      signalledOn: TODAY,
      organisationId: 'org-school',
    });
  });

  it('refuses a child who is not one of the case’s', () => {
    expect(recordSignal(CASE, { childId: 'client-other' }, 'org-school', TODAY)).toBeInstanceOf(
      ChildNotInCaseError,
    );
  });

  it('refuses a date after the case closed (BR-YS13)', () => {
    const closed = { ...CASE, closedOn: '2021-03-01' };
    expect(
      recordSignal(closed, { childId: 'client-child-a', signalledOn: '2021-03-02' }, 'org-school', TODAY),
    ).toBeInstanceOf(YouthCaseClosedError);
  });
});
