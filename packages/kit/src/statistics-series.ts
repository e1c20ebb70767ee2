import type { EnumRef, ObjectRef } from '@pothos/core';
import type { KitBuilder, KitSchemaTypes } from './builder.ts';
import type { RequestContext } from './context.ts';
import type { Period, StatisticsGrain } from './periods.ts';
import { type PublishedCount, publishCountFor } from './statistics.ts';
import {
  areaSeriesLoader,
  assertStatisticsPeriod,
  checkedGrid,
  type GridRow,
  type StatisticsCell,
  type StatisticsGrid,
} from './statistics-grid.ts';

/**
 * Where a subgraph's statistics are asked: one cell (`xStatistics(from, to, areaId)`), a table by
 * period for the municipality (`xStatisticsSeries`) and one for an area (`Area.xStatisticsSeries`).
 * The three answer with the same type, one `StatisticsSource` per cell of one grid.
 */

/** The builder's schema types, as its refs carry them. */
type Types<Context extends RequestContext> = PothosSchemaTypes.ExtendDefaultTypes<KitSchemaTypes<Context>>;

/** One cell of a statistics table as one request may count and publish it. */
export interface StatisticsSource<Reader> {
  cell: StatisticsCell;
  /** What the grouped queries read with: the database and whose rows the key may count. */
  reader: Reader;
  /** A count as the key may see it: exact, or under the CBS rule for small numbers (BR-KT5). */
  publish: (exact: number | string) => PublishedCount;
}

/**
 * The groups of one statistic in the source's cell, without their period and area: the grouped
 * query runs once for the cell's whole grid (`StatisticsGrid.rowsFor`).
 */
export async function cellRows<Reader, Row extends GridRow>(
  source: StatisticsSource<Reader>,
  statistic: string,
  query: (reader: Reader, grid: StatisticsGrid) => PromiseLike<Row[]>,
): Promise<Omit<Row, 'period' | 'area'>[]> {
  const rows = await source.cell.grid.rowsFor(source.cell, statistic, (grid) => query(source.reader, grid));
  return rows.map(({ period: _period, area: _area, ...groups }) => groups);
}

/** What a table's arguments hold. */
export interface SeriesArgs extends Period {
  grain?: StatisticsGrain | null;
}

/** The arguments of every statistics table: its period and how it is cut into rows. */
export function statisticsSeriesArgs<Context extends RequestContext>(
  builder: KitBuilder<Context>,
  grain: EnumRef<Types<Context>, StatisticsGrain>,
) {
  return builder.args((t) => ({
    from: t.field({
      type: 'Date',
      required: true,
      description: 'First day of the table (without the personal-data scope the first day of a month).',
    }),
    to: t.field({
      type: 'Date',
      required: true,
      description:
        'Last day of the table (at most ten years after the first; without the personal-data scope the last ' +
        'day of a month).',
    }),
    grain: t.field({
      type: grain,
      description:
        'How the period is cut into rows (calendar months, quarters or years, the first and last cut to the ' +
        'period; at most 120); without it, one row for the whole period.',
    }),
  }));
}

/**
 * The checked cells of one area's table, one per period: every area one request asks for with the
 * same period and grain is in one grid, so each statistic is one grouped query for all of them.
 */
export function areaSeriesCells<Context extends RequestContext>() {
  const loader = areaSeriesLoader<Context>();
  return (areaId: string, args: SeriesArgs, context: Context): Promise<StatisticsCell[]> => {
    const grain = args.grain ?? null;
    assertStatisticsPeriod(context.caller, args, grain);
    return loader(context).load({ from: args.from, to: args.to, grain, areaId });
  };
}

/** A field's name and description. */
interface Entry {
  name: string;
  description: string;
}

export interface StatisticsEntryOptions<Context extends RequestContext, Reader> {
  /** The type of one cell, resolved from a `StatisticsSource`. */
  type: ObjectRef<Types<Context>, StatisticsSource<Reader>>;
  /** The `Area` entity the area's table is added to. */
  area: ObjectRef<Types<Context>, { id: string }>;
  grain: EnumRef<Types<Context>, StatisticsGrain>;
  /** What this request's grouped queries read with; asked once per table. */
  reader: (context: Context) => Reader | Promise<Reader>;
  /** The one-cell root field, with what its `areaId` selects. */
  cell: Entry & { areaId: string };
  /** The root table for the municipality. */
  series: Entry;
  /** `Area.<series.name>`: the table of one area. */
  areaSeries: { description: string };
}

const STATISTICS = { scope: 'statistics' } as const;

/**
 * Adds the three ways a statistics type is asked: one cell, the municipality's table and an area's
 * table. Each needs the statistics scope, is null when refused, and checks its period
 * (`assertStatisticsPeriod`) before it reads anything.
 */
export function addStatisticsEntries<Context extends RequestContext, Reader>(
  builder: KitBuilder<Context>,
  options: StatisticsEntryOptions<Context, Reader>,
): void {
  const sourcesOf = async (cells: readonly StatisticsCell[], context: Context) => {
    const reader = await options.reader(context);
    const publish = (exact: number | string) => publishCountFor(context.caller, exact);
    return cells.map((cell): StatisticsSource<Reader> => ({ cell, reader, publish }));
  };
  const seriesArgs = statisticsSeriesArgs(builder, options.grain);
  const cellsOfArea = areaSeriesCells<Context>();

  builder.queryField(options.cell.name, (t) =>
    t.field({
      type: options.type,
      nullable: true,
      description: options.cell.description,
      authScopes: STATISTICS,
      args: {
        from: t.arg({
          type: 'Date',
          required: true,
          description: 'First day (without the personal-data scope the first day of a month).',
        }),
        to: t.arg({
          type: 'Date',
          required: true,
          description:
            'Last day (at most ten years after the first; without the personal-data scope the last day of a month).',
        }),
        areaId: t.arg.id({ description: options.cell.areaId }),
      },
      resolve: async (_root, args, context) => {
        const areaIds = args.areaId ? [String(args.areaId)] : null;
        const grid = checkedGrid(context.caller, { from: args.from, to: args.to }, null, areaIds);
        const [source] = await sourcesOf(grid.cells(), context);
        return source!;
      },
    }),
  );

  builder.queryField(options.series.name, (t) =>
    t.field({
      type: [options.type],
      nullable: true,
      description: options.series.description,
      authScopes: STATISTICS,
      args: seriesArgs,
      resolve: (_root, args, context) =>
        sourcesOf(checkedGrid(context.caller, { from: args.from, to: args.to }, args.grain).cells(), context),
    }),
  );

  builder.objectField(options.area, options.series.name, (t) =>
    t.field({
      type: [options.type],
      nullable: true,
      description: options.areaSeries.description,
      authScopes: STATISTICS,
      args: seriesArgs,
      resolve: async (area, args, context) => sourcesOf(await cellsOfArea(area.id, args, context), context),
    }),
  );
}
