import { addErrorTypes, createBuilder } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';

export const builder = createBuilder<SubgraphContext>();
addErrorTypes(builder);

export const READ = { scope: '__name__:read' } as const;
export const WRITE = { scope: '__name__:write' } as const;

builder.queryType({ description: 'Reading the graph.' });
builder.mutationType({
  description: 'Changing the graph. Every mutation either succeeds whole or changes nothing.',
});
