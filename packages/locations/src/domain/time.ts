/** Times of day as minutes since midnight; weeks start on Monday (ISO 8601). */

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "09:30" → 570. The LocalTime scalar has already checked the shape. */
export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** 570 → "09:30"; 1440 (the end of a day) → "24:00". */
export function toTime(minutes: number): string {
  return TIMES_OF_DAY[minutes] ?? formatTime(minutes);
}

function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// Formatted once: a large answer holds thousands of times (issue 19), all from this short list.
const TIMES_OF_DAY: readonly string[] = Array.from({ length: 24 * 60 + 1 }, (_, minutes) =>
  formatTime(minutes),
);

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(utcDate(date).getUTCDay() + 6) % 7]!;
}

/** The Monday of the week a date falls in. */
export function weekStart(date: string): string {
  const day = utcDate(date);
  day.setUTCDate(day.getUTCDate() - WEEKDAYS.indexOf(weekdayOf(date)));
  return day.toISOString().slice(0, 10);
}

/** The seven dates of the week a date falls in, Monday first. */
export function datesOfWeek(date: string): { date: string; weekday: Weekday }[] {
  const monday = utcDate(weekStart(date));
  return WEEKDAYS.map((weekday, index) => {
    const day = new Date(monday);
    day.setUTCDate(monday.getUTCDate() + index);
    return { date: day.toISOString().slice(0, 10), weekday };
  });
}
