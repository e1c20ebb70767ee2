import {
  LIGHT_SUPPORT_GOALS,
  type LightSupportGoal,
  YOUTH_CLOSE_REASONS,
  YOUTH_ROUTES,
  type YouthCloseReason,
  type YouthRoute,
} from './codes.ts';

/**
 * Every group of a youth statistic, in the code lists' order. BR-Y15: youth statistics follow the CBS
 * rule for small numbers (BR-KT5) and list every group, also an empty one, so that a missing group
 * never shows an exact zero; BR-Y18: closed cases by every CBS reden beëindiging.
 */
export const YOUTH_STATISTICS_CATALOGUE = {
  routes: YOUTH_ROUTES as readonly YouthRoute[],
  goals: LIGHT_SUPPORT_GOALS as readonly LightSupportGoal[],
  closeReasons: YOUTH_CLOSE_REASONS as readonly YouthCloseReason[],
};

/** Every group of `catalogue` with its count from `rows` (zero where none), in the catalogue's order. */
export function everyGroup<Key extends string>(
  catalogue: readonly Key[],
  rows: readonly { key: string | null; n: number | string }[],
): { key: Key; n: number }[] {
  const counted = new Map(rows.map((row) => [row.key, Number(row.n)]));
  return catalogue.map((key) => ({ key, n: counted.get(key) ?? 0 }));
}
