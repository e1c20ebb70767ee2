import { SUBGRAPH_SCHEMA_OPTIONS } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
import './organisation.ts';
import './area.ts';
import './room.ts';
import './presence.ts';
import './worker.ts';
import './shift.ts';
import './room-schedule.ts';
import './room-mutations.ts';
import './visits.ts';

export const schema = builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
