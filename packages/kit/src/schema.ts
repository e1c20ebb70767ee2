/** `@mienskip/kit/schema`: building a subgraph's schema with Pothos, its shared types and batching. */
export { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
export { createBuilder, type KitBuilder, type KitSchemaTypes, SUBGRAPH_SCHEMA_OPTIONS } from './builder.ts';
export { byIds, contextLoader, groupByIds, loadByIds, loadOrNull } from './loaders.ts';
export {
  addErrorTypes,
  addProvenanceType,
  addStatisticsGrain,
  addStatisticTypes,
  PROVENANCE_FIELD_DESCRIPTION,
} from './schema-types.ts';
export { printSubgraphSdl } from './sdl.ts';
export { selectsAnyOf } from './selection.ts';
export {
  type AreaSeriesKey,
  areaSeriesLoader,
  assertStatisticsPeriod,
  checkedGrid,
  type GridRow,
  type StatisticsCell,
  StatisticsGrid,
} from './statistics-grid.ts';
export {
  addStatisticsEntries,
  areaSeriesCells,
  cellRows,
  type SeriesArgs,
  type StatisticsEntryOptions,
  type StatisticsSource,
  statisticsSeriesArgs,
} from './statistics-series.ts';
