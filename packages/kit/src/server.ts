/** `@mienskip/kit/server`: starting a subgraph (database, migrations, seed, HTTP, tokens, access log, look-ups). */
export {
  ACCESS_LOG_UNAVAILABLE,
  ACCESS_LOG_UNAVAILABLE_MESSAGE,
  accessLogging,
} from './access-log-plugin.ts';
export type { RequestContext } from './context.ts';
export { SEED_ENV, SEED_MODES, type SeedLevel, type SeedMode, seedModeFromEnv } from './seed-mode.ts';
export {
  runSubgraph,
  type ServiceRouteContext,
  type StartedSubgraph,
  type StartOptions,
  type SubgraphContext,
  type SubgraphDefinition,
  startSubgraph,
} from './subgraph.ts';
export { type RunningSubgraph, type SubgraphServerOptions, startSubgraphServer } from './subgraph-server.ts';
