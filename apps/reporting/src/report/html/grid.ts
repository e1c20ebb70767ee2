import type { Figure } from '../model.ts';
import { MUNICIPALITY } from './domains.ts';
import { yearEarlier } from './format.ts';

/**
 * One indicator's figures as a grid of groups × periods × areas, with the previous year's figure of
 * each cell found by shifting its period a year back. Tables and charts both read from it.
 */
export interface Grid {
  /** In the order they come, or null alone when the indicator has no breakdown. */
  groups: (string | null)[];
  /** Sorted: the labels (`2021-K1`, `2021-03`, `2021`) sort as time does. */
  periods: string[];
  /** The municipality first, then the areas in the order they come. */
  areas: string[];
  hasPrevious: boolean;
  cell(group: string | null, period: string, area: string): Figure | undefined;
  previous(group: string | null, period: string, area: string): Figure | undefined;
}

const keyOf = (group: string | null, period: string, area: string) => JSON.stringify([group, period, area]);

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function gridOf(figures: Figure[], previousFigures: Figure[]): Grid {
  const cells = new Map(figures.map((f) => [keyOf(f.group, f.period, f.area), f]));
  const previous = new Map(previousFigures.map((f) => [keyOf(f.group, f.period, f.area), f]));
  const areas = distinct(figures.map((f) => f.area));
  return {
    groups: distinct(figures.map((f) => f.group)),
    periods: distinct(figures.map((f) => f.period)).sort(),
    areas: [...areas.filter((a) => a === MUNICIPALITY), ...areas.filter((a) => a !== MUNICIPALITY)],
    hasPrevious: previousFigures.length > 0,
    cell: (group, period, area) => cells.get(keyOf(group, period, area)),
    previous: (group, period, area) => previous.get(keyOf(group, yearEarlier(period), area)),
  };
}

/** The figures of one indicator, from the report's tidy list. */
export function figuresOf(figures: Figure[], indicatorId: string): Figure[] {
  return figures.filter((f) => f.indicatorId === indicatorId);
}
