import type { Count } from './answers.ts';
import { indicatorOf } from './indicators.ts';
import type { Figure } from './model.ts';

/** Where a figure sits: its period's label and its area, with the area's inhabitants. */
export interface At {
  period: string;
  area: string;
  /** Inhabitants; null when unknown (no figure per 10,000 then). */
  population: number | null;
}

/** A count the graph did not give: secret (CBS rule) or suppressed (complementary suppression). */
export const isHidden = (count: Count) => count.value === null || count.secret || count.suppressed;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function figure(
  indicatorId: string,
  group: string | null,
  at: At,
  value: number | null,
  rounded: boolean,
): Figure {
  return {
    indicatorId,
    group,
    period: at.period,
    area: at.area,
    value,
    secret: value === null,
    rounded: value !== null && rounded,
    unit: indicatorOf(indicatorId).unit,
  };
}

/** A figure the small-number rule keeps secret, whatever it would have been. */
export function secretFigure(indicatorId: string, group: string | null, at: At): Figure {
  return figure(indicatorId, group, at, null, false);
}

/** A published count as it is; secret when the graph kept it so (never 0 in its place). */
export function countFigure(indicatorId: string, group: string | null, at: At, count: Count): Figure {
  return figure(indicatorId, group, at, isHidden(count) ? null : count.value, count.rounded);
}

/** Per 10,000 inhabitants, from the published (rounded) count; none when the population is unknown. */
export function per10000Figure(
  indicatorId: string,
  group: string | null,
  at: At,
  count: Count,
): Figure | null {
  if (!at.population) return null;
  const value = isHidden(count) ? null : oneDecimal((count.value! / at.population) * 10_000);
  return figure(indicatorId, group, at, value, count.rounded);
}

/**
 * A share in percent of two published counts; secret when either is hidden; none when the whole is
 * a published zero (no share of nothing).
 */
export function shareFigure(
  indicatorId: string,
  group: string | null,
  at: At,
  part: Count,
  whole: Count,
): Figure | null {
  if (isHidden(part) || isHidden(whole)) return figure(indicatorId, group, at, null, false);
  if (whole.value === 0) return null;
  return figure(
    indicatorId,
    group,
    at,
    oneDecimal((part.value! / whole.value!) * 100),
    part.rounded || whole.rounded,
  );
}

/**
 * An average over a published count of measurements: secret when that count is hidden; none when
 * nothing was measured.
 */
export function averageFigure(
  indicatorId: string,
  group: string | null,
  at: At,
  average: number | null,
  measured: Count,
): Figure | null {
  if (isHidden(measured)) return figure(indicatorId, group, at, null, false);
  if (average === null) return null;
  return figure(indicatorId, group, at, oneDecimal(average), false);
}

/** An exact quantity (euro from a Money string, hours): never under the small-number rule. */
export function exactFigure(
  indicatorId: string,
  group: string | null,
  at: At,
  amount: string | number | null,
): Figure | null {
  if (amount === null) return null;
  const value = Number(amount);
  if (!Number.isFinite(value)) throw new Error(`${indicatorId}: ${amount} is not a number`);
  return figure(indicatorId, group, at, value, false);
}

/** The figures of a list, the nulls (nothing to say) left out. */
export const present = (figures: (Figure | null)[]): Figure[] =>
  figures.filter((f): f is Figure => f !== null);
