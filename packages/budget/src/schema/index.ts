import { SUBGRAPH_SCHEMA_OPTIONS } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
// The order of these imports is the order of the root fields in schema.graphql.
import './organisation.ts';
import './contract.ts';
import './lumpsum/queries.ts';
import './lumpsum/mutations.ts';
import './redistribution/queries.ts';
import './redistribution/mutations.ts';
import './savings.ts';
import './realisation.ts';
import './statistics.ts';
import './subsidy.ts';
import './viewer.ts';

export const schema = builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
