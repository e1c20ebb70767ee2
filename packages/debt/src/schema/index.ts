import { SUBGRAPH_SCHEMA_OPTIONS } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
// The order of these imports is the order of the root fields in schema.graphql.
import './cases/index.ts';
import './signals/index.ts';
import './delivery/index.ts';

export const schema = builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
