import { describe, expect, it } from 'vitest';
import { YouthCaseClosedError } from '../../../src/domain/safety/errors.ts';
import { receiveHandover, waitingDays } from '../../../src/domain/safety/veilig-thuis.ts';
import { CASE, TODAY } from './fixtures.ts';

describe('a handover from Veilig Thuis (BR-YS8)', () => {
  it('is an OVERDRACHT without a weighing, received today unless told', () => {
    expect(receiveHandover(CASE, {}, TODAY)).toEqual({
      caseId: CASE.id,
      direction: 'OVERDRACHT',
      occurredOn: TODAY,
      meldcodeWeighingId: null,
    });
  });

  it('is not received on a case closed before', () => {
    expect(
      receiveHandover({ ...CASE, closedOn: '2021-05-01' }, { receivedOn: '2021-05-02' }, TODAY),
    ).toBeInstanceOf(YouthCaseClosedError);
  });

  it('waits the days from receipt up to today, never fewer than none', () => {
    expect(waitingDays('2021-05-18', TODAY)).toBe(14);
    expect(waitingDays(TODAY, TODAY)).toBe(0);
    expect(waitingDays('2021-06-03', TODAY)).toBe(0);
  });
});
