import { addWeeks, isoWeek, localToday, mondayOf } from './week.ts';

/** Previous, next and this week, or any day of a week from the calendar; the week is named by its number. */
export function WeekPicker({ week, onChange }: { week: string; onChange: (day: string) => void }) {
  const { year, week: number } = isoWeek(week);
  const thisWeek = mondayOf(localToday());
  return (
    <nav className="week-picker" aria-label="Week">
      <button type="button" onClick={() => onChange(addWeeks(week, -1))} aria-label="Previous week">
        ←
      </button>
      <label>
        <span className="week-number" data-testid="week-number">
          Week {number}, {year}
        </span>
        <input
          type="date"
          value={week}
          required
          onChange={(event) => event.target.value && onChange(event.target.value)}
          aria-label="Any day of the week"
        />
      </label>
      <button type="button" onClick={() => onChange(addWeeks(week, 1))} aria-label="Next week">
        →
      </button>
      <button type="button" onClick={() => onChange(localToday())} disabled={week === thisWeek}>
        This week
      </button>
    </nav>
  );
}
