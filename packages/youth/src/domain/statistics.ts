import { ValidationError } from '@mienskip/kit/rules';
import { LIGHT_SUPPORT_GOALS, type LightSupportGoal, YOUTH_ROUTES, type YouthRoute } from './codes.ts';

/**
 * BR-Y15: youth statistics follow the CBS rule for small numbers (BR-KT5) and list every group, also
 * an empty one, so that a missing group never shows an exact zero. A period runs from its first day
 * to its last, and is at most ten years long.
 */
export function checkPeriod(from: string, to: string): ValidationError | null {
  if (to < from) return new ValidationError('to', 'The period ends before it starts');
  const tenYearsOn = `${Number(from.slice(0, 4)) + 10}${from.slice(4)}`;
  return to > tenYearsOn ? new ValidationError('to', 'A period is at most ten years long') : null;
}

/** Every group of a youth statistic, in the code lists' order. */
export const YOUTH_STATISTICS_CATALOGUE = {
  routes: YOUTH_ROUTES as readonly YouthRoute[],
  goals: LIGHT_SUPPORT_GOALS as readonly LightSupportGoal[],
};

/** Every group of `catalogue` with its count from `rows` (zero where none), in the catalogue's order. */
export function everyGroup<Key extends string>(
  catalogue: readonly Key[],
  rows: readonly { key: string; n: number | string }[],
): { key: Key; n: number }[] {
  const counted = new Map(rows.map((row) => [row.key, Number(row.n)]));
  return catalogue.map((key) => ({ key, n: counted.get(key) ?? 0 }));
}
