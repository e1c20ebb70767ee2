import { SUBGRAPH_SCHEMA_OPTIONS } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
// The order of these imports is the order of the fields in the printed schema.
import './organisation.ts';
import './area.ts';
import './room/types.ts';
import './room/queries.ts';
import './presence.ts';
import './activity.ts';
import './worker.ts';
import './shift.ts';
import './coverage.ts';
import './coverage-series.ts';
import './room/mutations.ts';
import './visits.ts';
import './visit-series.ts';

export const schema = builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
