import { SUBGRAPH_SCHEMA_OPTIONS } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
import './organisation.ts';
import './contract.ts';
import './lumpsum.ts';
import './lumpsum-correction.ts';
import './lumpsum-create.ts';
import './redistribution.ts';
import './savings.ts';
import './realisation.ts';
import './statistics.ts';
import './subsidy.ts';

export const schema = builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
