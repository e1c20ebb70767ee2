import type { Refuse } from './refuse.ts';

/** A period read from the graph: both days included, `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `day` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(day: unknown): day is string {
  if (typeof day !== 'string' || !DAY.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The period of `--from` and `--to`, both given: real days, `from` not after `to`. */
export function periodOfDays(from: string, to: string, refuse: Refuse): Period {
  for (const [flag, value] of [
    ['--from', from],
    ['--to', to],
  ] as const)
    if (!isDay(value)) throw refuse(`${flag} ${value} is not a day written YYYY-MM-DD`);
  if (from > to) throw refuse(`--from ${from} lies after --to ${to}`);
  return { from, to };
}
