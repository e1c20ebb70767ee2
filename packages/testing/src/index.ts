export { type AccessLogSink, type ReceivedBatch, startAccessLogSink } from './access-log-sink.ts';
export { inCi, requireOrSkip, requirePostgres } from './ci.ts';
export { createTestDatabase, type TestDatabase } from './database.ts';
export { undescribed } from './descriptions.ts';
export { errorCodes, type GraphQLResponse, postGraphQL } from './graphql.ts';
export { type Listening, listenOnLoopback } from './listen.ts';
export { sample } from './metrics-text.ts';
export {
  type DatabaseUnderTest,
  migrationsUpTo,
  type PartialMigrations,
  provenanceMarkers,
  rerunProvenanceMigration,
  rowsOf,
  useTestDatabase,
} from './migrations.ts';
export { type Answer, type ServerProcess, sendOnOwnConnection, spawnServer } from './process.ts';
export { type StandInLookup, type StandInOwner, startStandInOwner } from './stand-in-owner.ts';
export { startTestSubgraph, type TestSubgraph, type TestSubgraphOptions } from './subgraph.ts';
export { type CallerOptions, signTestToken, testCaller, testKeyMaterial, testServiceKey } from './tokens.ts';
