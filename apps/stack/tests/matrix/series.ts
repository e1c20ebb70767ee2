import type { GraphQLResponse } from '@mienskip/testing';
import { expect } from 'vitest';
import { type Asked, type Ctx, type Expectation, type Json, sees, type Vars } from './expect.ts';
import type { ReadingKind } from './keys.ts';

// Statistics as tables (BR-KT7): the rows of the `…Series` fields ask 2021 by quarter and hold every
// element to the single-period field asked for that quarter alone.

/** The arguments every series row asks with: the year 2021, one element per quarter. */
export const YEAR_BY_QUARTER = 'from: "2021-01-01", to: "2021-12-31", grain: QUARTER';

export const QUARTERS = [
  { from: '2021-01-01', to: '2021-03-31' },
  { from: '2021-04-01', to: '2021-06-30' },
  { from: '2021-07-01', to: '2021-09-30' },
  { from: '2021-10-01', to: '2021-12-31' },
] as const;

/** A count as a key without personal-data gets it (BR-KT1): null when 0–7, otherwise rounded to fives. */
export const published = (exact: number) => (exact <= 7 ? null : Math.round(exact / 5) * 5);

const describeResponse = (response: { body: unknown }) => JSON.stringify(response.body).slice(0, 1500);

/** The single-period field one element of a series equals: asked with `$from` and `$to` (and `variables`). */
export interface Single {
  field: string;
  query: string;
  variables?: Vars;
}

/** How the rows of one statistic read its counts (`PublishedCount`s, flat) and its groups. */
export interface Figures {
  counts: (stats: Json) => Json[];
  groups: (stats: Json) => unknown;
}

/** Four elements, the quarters of 2021 in order, each of `area` (null: the whole municipality). */
export function quarterly(series: Json[], area: string | null = null): void {
  expect(series.map(({ from, to }: Json) => ({ from, to }))).toEqual(QUARTERS);
  for (const element of series) expect(element.area?.id ?? null, JSON.stringify(element.area)).toBe(area);
}

type Ask = (query: string, variables: Vars) => Promise<GraphQLResponse<Json>>;

/** The single-period answer for each quarter, as `ask` gets it. */
async function singles(single: Single, ask: Ask): Promise<Json[]> {
  const answers: Json[] = [];
  for (const quarter of QUARTERS) {
    const response = await ask(single.query, { ...single.variables, ...quarter });
    expect(response.body.errors, describeResponse(response)).toBeUndefined();
    answers.push(response.body.data[single.field]);
  }
  return answers;
}

/** Each element equals the single-period field asked for its quarter with the same key. */
export async function likeSingles(series: Json[], single: Single, ctx: Ctx): Promise<void> {
  const answers = await singles(single, (query, variables) => ctx.run(query, variables));
  for (const [i, answer] of answers.entries())
    expect(series[i], `${QUARTERS[i]!.from}–${QUARTERS[i]!.to}`).toEqual(answer);
}

/** The municipal key's single-period answer for each quarter (exact counts). */
export const exactSingles = (single: Single, ctx: Ctx) =>
  singles(single, (query, variables) => ctx.baseline(query, variables));

/**
 * The CBS rule in every element (each count secret, rounded to fives or suppressed), every group listed
 * as for the municipality, and each count the published version of the municipality's exact count of
 * that quarter (null where suppressed); and each element what the same key gets for its quarter alone.
 */
export async function publishedSingles(
  series: Json[],
  single: Single,
  figures: Figures,
  ctx: Ctx,
): Promise<void> {
  const exact = await exactSingles(single, ctx);
  for (const [i, element] of series.entries()) {
    const quarter = `${QUARTERS[i]!.from}–${QUARTERS[i]!.to}`;
    expect(figures.groups(element), quarter).toEqual(figures.groups(exact[i]));
    const shown = figures.counts(element);
    const exactCounts = figures.counts(exact[i]);
    expect(shown.length, quarter).toBe(exactCounts.length);
    exactCounts.forEach((count: Json, j: number) => {
      const count_ = shown[j];
      const context = `${quarter}: ${JSON.stringify({ exact: count, shown: count_ })}`;
      expect(count_.secret || count_.rounded || count_.suppressed === true, context).toBe(true);
      if (count_.value !== null) expect(count_.value % 5, context).toBe(0);
      expect(count_.value, context).toBe(count_.suppressed ? null : published(count.value));
    });
  }
  await likeSingles(series, single, ctx);
}

/**
 * The JET's and the third party's keys, which have no statistics scope (though personal-data and the
 * subgraph's read scope), get nothing of the table: FORBIDDEN, and only that.
 */
async function withoutStatistics(row: SeriesRow, ctx: Ctx, asked: Asked): Promise<void> {
  for (const ask of [ctx.jet, ctx.thirdParty]) {
    const response = await ask(asked.query, asked.variables);
    const context = JSON.stringify(response.body).slice(0, 1500);
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.length, context).toBeGreaterThan(0);
    expect(new Set(codes), context).toEqual(new Set(['FORBIDDEN']));
    const data = response.body.data?.[asked.field] ?? null;
    expect(data === null ? null : (row.series(data) ?? null), context).toBeNull();
  }
}

/** What a series row varies: where the table is in the answer, its single-period field and its figures. */
export interface SeriesRow {
  /** The table in the field's answer (`_entities`: the first entity's), undefined where the entity is null. */
  series: (data: Json) => Json[];
  single: (ctx: Ctx) => Single;
  figures: Figures;
  /** The area of every element (null: the whole municipality). */
  area?: (ctx: Ctx) => string;
  /** What a provider's table holds beside its own single periods, given the municipality's exact ones. */
  provider: { label: string; check: (series: Json[], exact: Json[], ctx: Ctx) => void };
}

/**
 * The four cells of a series row: the municipality exact and each quarter as the single-period field;
 * a provider its own single periods, every group listed; the analyst and the council under the CBS rule,
 * each count the published version of the municipality's exact one.
 */
export function seriesExpectations(row: SeriesRow): Record<ReadingKind, Expectation> {
  const table = (data: Json, ctx: Ctx) => {
    const series = row.series(data);
    quarterly(series, row.area?.(ctx) ?? null);
    return series;
  };
  const cbs = sees(
    '2021 by quarter, the CBS rule in every quarter (secret or rounded to fives)',
    (data, ctx) => publishedSingles(table(data, ctx), row.single(ctx), row.figures, ctx),
  );
  return {
    municipal: sees(
      '2021 by quarter, unrounded, each quarter as the single-period figures; keys without statistics FORBIDDEN',
      async (data, ctx, asked) => {
        await withoutStatistics(row, ctx, asked);
        const series = table(data, ctx);
        const all = series.flatMap((element) => row.figures.counts(element));
        for (const count of all) expect(count.rounded, JSON.stringify(count)).toBe(false);
        expect(all.some((count) => count.value > 0)).toBe(true);
        await likeSingles(series, row.single(ctx), ctx);
      },
    ),
    provider: sees(row.provider.label, async (data, ctx) => {
      const series = table(data, ctx);
      await likeSingles(series, row.single(ctx), ctx);
      const exact = await exactSingles(row.single(ctx), ctx);
      for (const [i, element] of series.entries())
        expect(row.figures.groups(element)).toEqual(row.figures.groups(exact[i]));
      row.provider.check(series, exact, ctx);
    }),
    analyst: cbs,
    council: cbs,
  };
}
