import { createBuilder } from '@mienskip/kit';
import type { AuditContext } from '../context.ts';

export const builder = createBuilder<AuditContext>();

/** Reading the access log. Appending needs no scope: it is a subgraph's duty, over `POST /entries`. */
export const READ_LOG = { scope: 'audit' } as const;

builder.queryType({ description: 'Reading the graph.' });
