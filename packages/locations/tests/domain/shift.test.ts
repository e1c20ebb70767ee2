import { NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import {
  cancellationReason,
  findOverlap,
  isWithinOpeningHours,
  OutsideOpeningHoursError,
  planCancellation,
  planShift,
  type ShiftFacts,
  type ShiftInput,
  ShiftOverlapError,
  type ShiftRecord,
} from '../../src/domain/shift.ts';

describe('isWithinOpeningHours', () => {
  const day = [{ from: 540, to: 1020 }];
  const split = [
    { from: 540, to: 720 },
    { from: 780, to: 1020 },
  ];

  it('is true inside one period, including its edges', () => {
    expect(isWithinOpeningHours({ from: 600, to: 660 }, day)).toBe(true);
    expect(isWithinOpeningHours({ from: 540, to: 1020 }, day)).toBe(true);
  });

  it('is true spanning two touching periods', () => {
    expect(
      isWithinOpeningHours({ from: 600, to: 900 }, [
        { from: 720, to: 1020 },
        { from: 540, to: 720 },
      ]),
    ).toBe(true);
  });

  it('is false partly outside', () => {
    expect(isWithinOpeningHours({ from: 480, to: 600 }, day)).toBe(false);
    expect(isWithinOpeningHours({ from: 960, to: 1080 }, day)).toBe(false);
  });

  it('is false across the gap between a morning and an afternoon period', () => {
    expect(isWithinOpeningHours({ from: 660, to: 840 }, split)).toBe(false);
    expect(isWithinOpeningHours({ from: 600, to: 660 }, split)).toBe(true);
    expect(isWithinOpeningHours({ from: 800, to: 900 }, split)).toBe(true);
  });

  it('is false without opening hours', () => {
    expect(isWithinOpeningHours({ from: 600, to: 660 }, [])).toBe(false);
  });
});

describe('findOverlap', () => {
  const others = [
    { id: 'a', from: 540, to: 600 },
    { id: 'b', from: 720, to: 840 },
    { id: 'c', from: 800, to: 900 },
  ];

  it('returns the first overlapping shift', () => {
    expect(findOverlap({ from: 780, to: 820 }, others)).toBe(others[1]);
    expect(findOverlap({ from: 850, to: 870 }, others)?.id).toBe('c');
  });

  it('returns undefined for touching shifts', () => {
    expect(findOverlap({ from: 600, to: 720 }, others)).toBeUndefined();
  });

  it('returns undefined without other shifts', () => {
    expect(findOverlap({ from: 600, to: 720 }, [])).toBeUndefined();
  });
});

// 2021-02-02 is a Tuesday; the room is open Tuesday 09:00–12:00 and 13:00–17:00.
const INPUT: ShiftInput = {
  workerId: 'worker-1',
  roomId: 'room-a',
  date: '2021-02-02',
  from: '09:00',
  to: '11:00',
};
const shiftOn = (fromMinute: number, toMinute: number, extra: Partial<ShiftRecord> = {}): ShiftRecord => ({
  id: `shift-${fromMinute}`,
  workerId: 'worker-1',
  roomId: 'room-b',
  date: '2021-02-02',
  fromMinute,
  toMinute,
  cancelledAt: null,
  cancelReason: null,
  version: 1,
  provenance: 'RECORDED',
  ...extra,
});
const FACTS: ShiftFacts = {
  worker: { id: 'worker-1' },
  room: { id: 'room-a' },
  openingHours: [
    { weekday: 'TUESDAY', fromMinute: 540, toMinute: 720 },
    { weekday: 'TUESDAY', fromMinute: 780, toMinute: 1020 },
    { weekday: 'WEDNESDAY', fromMinute: 0, toMinute: 1440 },
  ],
  workerShiftsThatDay: [],
};

describe('planShift', () => {
  it('puts a shift inside the opening hours on the roster, in minutes', () => {
    expect(planShift(INPUT, FACTS)).toEqual({
      workerId: 'worker-1',
      roomId: 'room-a',
      date: '2021-02-02',
      fromMinute: 540,
      toMinute: 660,
    });
  });

  it('refuses a shift whose end is not after its start (BR-LO3)', () => {
    expect(planShift({ ...INPUT, from: '10:00', to: '10:00' }, FACTS)).toMatchObject({
      name: 'ValidationError',
      field: 'to',
    });
  });

  it('refuses an unknown worker, then an unknown room', () => {
    expect(planShift(INPUT, { ...FACTS, worker: undefined, room: undefined })).toEqual(
      new NotFoundError('Worker', 'worker-1'),
    );
    expect(planShift(INPUT, { ...FACTS, room: undefined })).toEqual(new NotFoundError('Room', 'room-a'));
  });

  it('refuses a shift outside the opening hours of its own weekday (BR-LO1)', () => {
    const across = planShift({ ...INPUT, from: '11:00', to: '14:00' }, FACTS);
    expect(across).toBeInstanceOf(OutsideOpeningHoursError);
    expect(across).toMatchObject({ roomId: 'room-a', date: '2021-02-02' });
    expect((across as Error).message).toContain('(tuesday)');
    // Open all Wednesday, but the shift is on a Tuesday evening.
    expect(planShift({ ...INPUT, from: '18:00', to: '19:00' }, FACTS)).toBeInstanceOf(
      OutsideOpeningHoursError,
    );
    expect(planShift(INPUT, { ...FACTS, openingHours: [] })).toBeInstanceOf(OutsideOpeningHoursError);
  });

  it("refuses a shift that overlaps another of the worker's shifts, in any room (BR-LO2)", () => {
    const other = shiftOn(600, 720);
    const refusal = planShift(INPUT, { ...FACTS, workerShiftsThatDay: [shiftOn(780, 840), other] });
    expect(refusal).toBeInstanceOf(ShiftOverlapError);
    expect((refusal as ShiftOverlapError).conflictingShift).toBe(other);
    expect((refusal as ShiftOverlapError).message).toBe(
      'The worker already has a shift on 2021-02-02 from 10:00 to 12:00',
    );
  });

  it('accepts a shift that only touches another', () => {
    expect(planShift(INPUT, { ...FACTS, workerShiftsThatDay: [shiftOn(660, 720)] })).toMatchObject({
      fromMinute: 540,
    });
  });

  it('lets a cancelled shift free its time (BR-LO2)', () => {
    const cancelled = shiftOn(540, 660, {
      cancelledAt: new Date('2021-02-01T08:00:00Z'),
      cancelReason: 'ill',
    });
    expect(planShift(INPUT, { ...FACTS, workerShiftsThatDay: [cancelled] })).toMatchObject({ toMinute: 660 });
  });

  it('checks the opening hours before the overlap', () => {
    expect(
      planShift(
        { ...INPUT, from: '08:00', to: '10:00' },
        { ...FACTS, workerShiftsThatDay: [shiftOn(540, 600)] },
      ),
    ).toBeInstanceOf(OutsideOpeningHoursError);
  });
});

describe('cancellationReason', () => {
  it('keeps the reason, trimmed', () => {
    expect(cancellationReason('  ill ')).toBe('ill');
  });

  it('refuses an empty reason', () => {
    expect(cancellationReason('   ')).toEqual(
      new ValidationError('reason', 'Say why the shift is cancelled'),
    );
  });
});

describe('planCancellation', () => {
  const now = new Date('2021-02-02T07:00:00Z');

  it('cancels a standing shift from now, with the reason', () => {
    expect(planCancellation(shiftOn(540, 600), 'ill', now)).toEqual({
      cancelledAt: now,
      cancelReason: 'ill',
    });
  });

  it('refuses a second cancellation', () => {
    expect(planCancellation(shiftOn(540, 600, { cancelledAt: now }), 'again', now)).toMatchObject({
      name: 'ValidationError',
      field: 'id',
      message: 'The shift is already cancelled',
    });
  });
});
