import { type Interval, subtract } from './intervals.ts';
import {
  isBasisPresence,
  type PresenceRole,
  presenceRoleOf,
  receivesVisitors,
  type WorkerRole,
} from './roles.ts';
import { datesOfWeek, type Weekday } from './time.ts';

export interface OpeningPeriod extends Interval {
  weekday: Weekday;
}

/** A weekly presence slot. */
export interface WeeklyPresence extends Interval {
  weekday: Weekday;
  role: PresenceRole;
}

/** A dated presence: a shift on the roster (cancelled shifts are left out by the caller). */
export interface DatedPresence extends Interval {
  date: string;
  role: PresenceRole;
}

export interface Gap extends Interval {
  date: string;
  weekday: Weekday;
}

export interface Coverage {
  weekStart: string;
  /** Open, and nobody there to receive residents. */
  unreceived: Gap[];
  /** Open, and no basis professional present. */
  withoutBasis: Gap[];
}

/**
 * The coverage of one room in the week that holds `date`: the open times without anyone to receive
 * residents and the open times without basis presence, from the weekly presence slots and the week's
 * shifts together.
 */
export function computeCoverage(
  date: string,
  opening: readonly OpeningPeriod[],
  weekly: readonly WeeklyPresence[],
  dated: readonly DatedPresence[],
): Coverage {
  const days = datesOfWeek(date);
  const unreceived: Gap[] = [];
  const withoutBasis: Gap[] = [];
  for (const { date: day, weekday } of days) {
    const open = opening.filter((period) => period.weekday === weekday);
    if (open.length === 0) continue;
    const present = [
      ...weekly.filter((slot) => slot.weekday === weekday),
      ...dated.filter((shift) => shift.date === day),
    ];
    const gaps = (keep: (role: PresenceRole) => boolean) =>
      subtract(
        open,
        present.filter((p) => keep(p.role)),
      ).map((interval) => ({ ...interval, date: day, weekday }));
    unreceived.push(...gaps(receivesVisitors));
    withoutBasis.push(...gaps(isBasisPresence));
  }
  return { weekStart: days[0]!.date, unreceived, withoutBasis };
}

/** A shift that is not cancelled, with the role of the worker who works it. */
export interface WorkedShift extends Interval {
  date: string;
  workerRole: WorkerRole;
}

/** What one room's coverage in one week is computed from. */
export interface RoomWeek {
  opening: readonly OpeningPeriod[];
  weekly: readonly WeeklyPresence[];
  shifts: readonly WorkedShift[];
}

/** BR-G3: a room's coverage in the week that holds `date`, a shift bringing its worker's presence. */
export function roomCoverage(date: string, week: RoomWeek): Coverage {
  const dated = week.shifts.map(({ date: day, from, to, workerRole }) => ({
    date: day,
    from,
    to,
    role: presenceRoleOf(workerRole),
  }));
  return computeCoverage(date, week.opening, week.weekly, dated);
}
