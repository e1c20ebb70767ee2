import { SUBGRAPH_SCHEMA_OPTIONS } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
import './organisation.ts';
import './access-log.ts';
import './client.ts';

export const schema = builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
