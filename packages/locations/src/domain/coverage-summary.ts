import type { Period } from '@mienskip/kit/rules';
import { type Gap, type RoomWeek, roomCoverage, type WorkedShift } from './coverage.ts';
import { union } from './intervals.ts';
import { datesOfWeek, weekStart } from './time.ts';

/** A room's coverage over a period, in minutes. */
export interface CoverageMinutes {
  open: number;
  withoutReception: number;
  withoutBasis: number;
}

/** What a room's coverage over a longer time is computed from: its week, with the shifts of every week. */
export interface RoomSchedule extends Omit<RoomWeek, 'shifts'> {
  /** The room's shifts that are not cancelled, by the Monday of their week. */
  shiftsByWeek: ReadonlyMap<string, readonly WorkedShift[]>;
}

/** The shifts of a room grouped by the Monday of their week, for `coverageOver`. */
export function shiftsByWeek(shifts: readonly WorkedShift[]): Map<string, WorkedShift[]> {
  const weeks = new Map<string, WorkedShift[]>();
  for (const shift of shifts) {
    const monday = weekStart(shift.date);
    weeks.set(monday, [...(weeks.get(monday) ?? []), shift]);
  }
  return weeks;
}

const minutesOf = (gaps: readonly Gap[]) => gaps.reduce((sum, gap) => sum + gap.to - gap.from, 0);

const nextMonday = (monday: string) => {
  const day = new Date(`${monday}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  return day.toISOString().slice(0, 10);
};

/**
 * BR-LO8: a room's coverage over a period is its weekly coverage (BR-G3, `roomCoverage`) for every
 * week that touches the period, summed over the days inside it: the open minutes, and the open
 * minutes without reception and without basis presence. A week without shifts is covered by the
 * weekly presence slots alone: open time with no presence planned is a gap.
 */
export function coverageOver(period: Period, room: RoomSchedule): CoverageMinutes {
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const total: CoverageMinutes = { open: 0, withoutReception: 0, withoutBasis: 0 };
  for (let monday = weekStart(period.from); monday <= period.to; monday = nextMonday(monday)) {
    const week = roomCoverage(monday, { ...room, shifts: room.shiftsByWeek.get(monday) ?? [] });
    total.withoutReception += minutesOf(week.unreceived.filter((gap) => inPeriod(gap.date)));
    total.withoutBasis += minutesOf(week.withoutBasis.filter((gap) => inPeriod(gap.date)));
    for (const { date, weekday } of datesOfWeek(monday)) {
      if (!inPeriod(date)) continue;
      const open = union(room.opening.filter((period) => period.weekday === weekday));
      total.open += open.reduce((sum, interval) => sum + interval.to - interval.from, 0);
    }
  }
  return total;
}
