import type { PublishedCount as Count } from '@mienskip/kit/rules';
import { publishCountFor } from '@mienskip/kit/rules';
import type { GridRow, StatisticsCell, StatisticsGrid } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { readVisibility } from '../../lookups/caseloads.ts';
import { type Counting, countingFor } from '../../store/statistics.ts';

/** What `ClientStatistics` answers from: one cell of a table, who is counted, and how to publish. */
export interface StatisticsSource {
  cell: StatisticsCell;
  counting: Counting;
  /** A count as the caller may see it: exact, or under the CBS rule for small numbers. */
  publish: (exact: number | string) => Count;
}

/** The sources of the cells of one request's table: the key's sight is read once for all of them. */
export async function sourcesOf(
  context: SubgraphContext,
  cells: StatisticsCell[],
): Promise<StatisticsSource[]> {
  const counting = countingFor(context.db, await readVisibility(context), context.caller);
  const publish = (exact: number | string) => publishCountFor(context.caller, exact);
  return cells.map((cell) => ({ cell, counting, publish }));
}

/**
 * The groups of one statistic in the source's cell, without their period and area. The grouped
 * query runs once for the whole table; it is awaited into a plain promise here, since a drizzle
 * query runs again each time it is awaited.
 */
export async function cellRows<Row extends GridRow>(
  source: StatisticsSource,
  statistic: string,
  query: (counting: Counting, grid: StatisticsGrid) => PromiseLike<Row[]>,
): Promise<Omit<Row, 'period' | 'area'>[]> {
  const rows = await source.cell.grid.rowsFor(source.cell, statistic, async (grid) =>
    query(source.counting, grid),
  );
  return rows.map(({ period: _period, area: _area, ...groups }) => groups);
}
