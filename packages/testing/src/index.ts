export { createTestDatabase, type TestDatabase } from './database.ts';
export { errorCodes, type GraphQLResponse, postGraphQL } from './graphql.ts';
export { startTestSubgraph, type TestSubgraph } from './subgraph.ts';
export { type CallerOptions, signTestToken, testCaller, testKeyMaterial } from './tokens.ts';
