import { describe, expect, it } from 'vitest';
import {
  computeCoverage,
  type DatedPresence,
  type OpeningPeriod,
  roomCoverage,
  type WeeklyPresence,
} from '../../src/domain/coverage.ts';
import type { Weekday } from '../../src/domain/time.ts';

const WORKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const WEEK: Record<Weekday, string> = {
  MONDAY: '2021-01-04',
  TUESDAY: '2021-01-05',
  WEDNESDAY: '2021-01-06',
  THURSDAY: '2021-01-07',
  FRIDAY: '2021-01-08',
  SATURDAY: '2021-01-09',
  SUNDAY: '2021-01-10',
};

// Open Monday to Friday 09:00–17:00.
const opening: OpeningPeriod[] = WORKDAYS.map((weekday) => ({ weekday, from: 540, to: 1020 }));
// Volunteers 09:00–12:30 every weekday, basis Tuesday and Thursday 09:30–12:00.
const weekly: WeeklyPresence[] = [
  ...WORKDAYS.map((weekday) => ({ weekday, from: 540, to: 750, role: 'VRIJWILLIGER' as const })),
  ...(['TUESDAY', 'THURSDAY'] as const).map((weekday) => ({
    weekday,
    from: 570,
    to: 720,
    role: 'BASIS' as const,
  })),
];

const gap = (weekday: Weekday, from: number, to: number) => ({ date: WEEK[weekday], weekday, from, to });

describe('computeCoverage', () => {
  it('finds the afternoons unreceived on every weekday', () => {
    const { unreceived } = computeCoverage('2021-01-04', opening, weekly, []);
    expect(unreceived).toEqual(WORKDAYS.map((weekday) => gap(weekday, 750, 1020)));
  });

  it('finds everything except the Tuesday and Thursday basis hours without basis', () => {
    const { withoutBasis } = computeCoverage('2021-01-04', opening, weekly, []);
    expect(withoutBasis).toEqual([
      gap('MONDAY', 540, 1020),
      gap('TUESDAY', 540, 570),
      gap('TUESDAY', 720, 1020),
      gap('WEDNESDAY', 540, 1020),
      gap('THURSDAY', 540, 570),
      gap('THURSDAY', 720, 1020),
      gap('FRIDAY', 540, 1020),
    ]);
  });

  it('gives the Monday as weekStart', () => {
    expect(computeCoverage('2021-01-07', opening, weekly, []).weekStart).toBe('2021-01-04');
    expect(computeCoverage('2021-01-01', opening, weekly, []).weekStart).toBe('2020-12-28');
  });

  it('gives the same result for any day of the week', () => {
    const expected = computeCoverage('2021-01-04', opening, weekly, []);
    for (const date of Object.values(WEEK)) {
      expect(computeCoverage(date, opening, weekly, [])).toEqual(expected);
    }
  });

  it('dates the gaps across a year boundary', () => {
    const { unreceived } = computeCoverage('2021-01-01', opening, weekly, []);
    expect(unreceived.map((g) => [g.date, g.weekday])).toEqual([
      ['2020-12-28', 'MONDAY'],
      ['2020-12-29', 'TUESDAY'],
      ['2020-12-30', 'WEDNESDAY'],
      ['2020-12-31', 'THURSDAY'],
      ['2021-01-01', 'FRIDAY'],
    ]);
  });

  it('fills a gap on the date of a shift of a receiving role, and only there', () => {
    const dated: DatedPresence[] = [{ date: '2021-01-06', from: 780, to: 900, role: 'BASIS' }];
    const { unreceived, withoutBasis } = computeCoverage('2021-01-04', opening, weekly, dated);
    expect(unreceived).toEqual([
      gap('MONDAY', 750, 1020),
      gap('TUESDAY', 750, 1020),
      gap('WEDNESDAY', 750, 780),
      gap('WEDNESDAY', 900, 1020),
      gap('THURSDAY', 750, 1020),
      gap('FRIDAY', 750, 1020),
    ]);
    expect(withoutBasis.filter((g) => g.weekday === 'WEDNESDAY')).toEqual([
      gap('WEDNESDAY', 540, 780),
      gap('WEDNESDAY', 900, 1020),
    ]);
  });

  it('does not let a shift fill the same weekday of another week', () => {
    const dated: DatedPresence[] = [{ date: '2021-01-06', from: 750, to: 1020, role: 'VRIJWILLIGER' }];
    const thisWeek = computeCoverage('2021-01-04', opening, weekly, dated);
    expect(thisWeek.unreceived.some((g) => g.weekday === 'WEDNESDAY')).toBe(false);
    const nextWeek = computeCoverage('2021-01-13', opening, weekly, dated);
    expect(nextWeek.unreceived).toContainEqual({
      date: '2021-01-13',
      weekday: 'WEDNESDAY',
      from: 750,
      to: 1020,
    });
    expect(nextWeek.unreceived).toHaveLength(5);
  });

  it('lets a volunteer shift fill unreceived time but not basis time', () => {
    const dated: DatedPresence[] = [{ date: '2021-01-04', from: 750, to: 1020, role: 'VRIJWILLIGER' }];
    const coverage = computeCoverage('2021-01-04', opening, weekly, dated);
    expect(coverage.unreceived.filter((g) => g.weekday === 'MONDAY')).toEqual([]);
    expect(coverage.withoutBasis.filter((g) => g.weekday === 'MONDAY')).toEqual([gap('MONDAY', 540, 1020)]);
  });

  it('does not count a shift of a non-receiving role', () => {
    const dated: DatedPresence[] = [{ date: '2021-01-04', from: 540, to: 1020, role: 'AANVULLEND' }];
    expect(computeCoverage('2021-01-04', opening, weekly, dated)).toEqual(
      computeCoverage('2021-01-04', opening, weekly, []),
    );
  });

  it('gives no gaps on days without opening hours', () => {
    const dated: DatedPresence[] = [{ date: '2021-01-09', from: 540, to: 1020, role: 'AANVULLEND' }];
    const coverage = computeCoverage('2021-01-04', opening, weekly, dated);
    const weekend = (g: { weekday: Weekday }) => g.weekday === 'SATURDAY' || g.weekday === 'SUNDAY';
    expect(coverage.unreceived.filter(weekend)).toEqual([]);
    expect(coverage.withoutBasis.filter(weekend)).toEqual([]);
    expect(computeCoverage('2021-01-04', [], weekly, [])).toEqual({
      weekStart: '2021-01-04',
      unreceived: [],
      withoutBasis: [],
    });
  });

  it('reports a whole open day as a gap when nobody is there', () => {
    expect(computeCoverage('2021-01-04', opening, [], [])).toEqual({
      weekStart: '2021-01-04',
      unreceived: WORKDAYS.map((weekday) => gap(weekday, 540, 1020)),
      withoutBasis: WORKDAYS.map((weekday) => gap(weekday, 540, 1020)),
    });
  });

  it('handles split opening hours', () => {
    const split: OpeningPeriod[] = [
      { weekday: 'MONDAY', from: 540, to: 720 },
      { weekday: 'MONDAY', from: 780, to: 1020 },
    ];
    const { unreceived } = computeCoverage('2021-01-04', split, weekly, []);
    expect(unreceived).toEqual([gap('MONDAY', 780, 1020)]);
  });
});

describe('roomCoverage (BR-G3)', () => {
  it("lets a sociaal werker's shift bring basis presence and a begeleider's shift none", () => {
    const shifts = [
      { date: WEEK.FRIDAY, from: 750, to: 1020, workerRole: 'SOCIAAL_WERKER' as const },
      { date: WEEK.MONDAY, from: 750, to: 1020, workerRole: 'BEGELEIDER' as const },
    ];
    const coverage = roomCoverage('2021-01-06', { opening, weekly, shifts });
    expect(coverage.weekStart).toBe('2021-01-04');
    expect(coverage.unreceived).toEqual(
      (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] as const).map((weekday) => gap(weekday, 750, 1020)),
    );
    expect(coverage.withoutBasis.filter((g) => g.weekday === 'FRIDAY')).toEqual([gap('FRIDAY', 540, 750)]);
    expect(coverage.withoutBasis.filter((g) => g.weekday === 'MONDAY')).toEqual([gap('MONDAY', 540, 1020)]);
  });

  it("is computeCoverage with each shift as its worker role's presence", () => {
    const shifts = [{ date: WEEK.TUESDAY, from: 780, to: 960, workerRole: 'REGIEVOERDER' as const }];
    expect(roomCoverage('2021-01-04', { opening, weekly, shifts })).toEqual(
      computeCoverage('2021-01-04', opening, weekly, [
        { date: WEEK.TUESDAY, from: 780, to: 960, role: 'BASIS' },
      ]),
    );
  });
});
