import { describe, expect, it } from 'vitest';
import type { WorkedShift } from '../../src/domain/coverage.ts';
import { coverageOver, shiftsByWeek } from '../../src/domain/coverage-summary.ts';

// Open Mondays and Wednesdays 09:00–17:00; a volunteer receives Mondays 09:00–12:00.
const opening = [
  { weekday: 'MONDAY' as const, from: 9 * 60, to: 17 * 60 },
  { weekday: 'WEDNESDAY' as const, from: 9 * 60, to: 17 * 60 },
];
const weekly = [{ weekday: 'MONDAY' as const, from: 9 * 60, to: 12 * 60, role: 'VRIJWILLIGER' as const }];
const schedule = (shifts: WorkedShift[] = []) => ({ opening, weekly, shiftsByWeek: shiftsByWeek(shifts) });

describe('coverage over a period (BR-LO8)', () => {
  it('counts only the days of the period, also of weeks cut at its edges', () => {
    // Wednesday 2021-03-03 to Monday 2021-03-08: one Wednesday and one Monday.
    expect(coverageOver({ from: '2021-03-03', to: '2021-03-08' }, schedule())).toEqual({
      open: 16 * 60,
      withoutReception: 8 * 60 + 5 * 60,
      withoutBasis: 16 * 60,
    });
  });

  it("closes gaps with a week's shifts, and only in that week", () => {
    const shift: WorkedShift = {
      date: '2021-03-03',
      from: 9 * 60,
      to: 13 * 60,
      workerRole: 'SOCIAAL_WERKER',
    };
    const twoWeeks = { from: '2021-03-01', to: '2021-03-14' };
    const without = coverageOver(twoWeeks, schedule());
    const withShift = coverageOver(twoWeeks, schedule([shift]));
    expect(without.open).toBe(4 * 8 * 60);
    expect(without.withoutBasis - withShift.withoutBasis).toBe(4 * 60);
    // A sociaal werker is basis presence and receives residents too.
    expect(without.withoutReception - withShift.withoutReception).toBe(4 * 60);
  });

  it('is all zero for a room that is never open', () => {
    expect(coverageOver({ from: '2021-01-01', to: '2021-12-31' }, { ...schedule(), opening: [] })).toEqual({
      open: 0,
      withoutReception: 0,
      withoutBasis: 0,
    });
  });
});
