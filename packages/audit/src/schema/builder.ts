import { createBuilder } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';

export const builder = createBuilder<SubgraphContext>();

/** Reading the access log. Appending needs no scope: it is a subgraph's duty, over `POST /entries`. */
export const READ_LOG = { scope: 'audit' } as const;

builder.queryType({ description: 'Reading the graph.' });
