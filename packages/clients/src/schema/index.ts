import { SUBGRAPH_SCHEMA_OPTIONS } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
import './errors.ts';
import './refs.ts';
import './client.ts';
import './household.ts';
import './regie.ts';
import './plan.ts';
import './engagement.ts';
import './request.ts';
import './decision.ts';
import './complaint.ts';
import './transition.ts';
import './housing.ts';
import './provenance.ts';
import './statistics/index.ts';

export const schema = builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
