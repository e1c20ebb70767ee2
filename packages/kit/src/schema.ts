/** `@mienskip/kit/schema`: building a subgraph's schema with Pothos, its shared types and batching. */
export { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
export { createBuilder, type KitBuilder, type KitSchemaTypes, SUBGRAPH_SCHEMA_OPTIONS } from './builder.ts';
export { byIds, contextLoader, groupByIds, loadByIds, loadOrNull } from './loaders.ts';
export {
  addErrorTypes,
  addProvenanceType,
  addStatisticTypes,
  PROVENANCE_FIELD_DESCRIPTION,
} from './schema-types.ts';
export { printSubgraphSdl } from './sdl.ts';
