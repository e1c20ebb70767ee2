import { addErrorTypes, addProvenanceType, createBuilder } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';

export const builder = createBuilder<SubgraphContext>();
export const { ErrorInterface } = addErrorTypes(builder);
export const { Provenance, addProvenanceField } = addProvenanceType(builder);

/** Organisation identity is reference data for the whole graph: any reading scope may see it. */
export const READ_REFERENCE = {
  anyScope: ['budget:read', 'locations:read', 'clients:read', 'youth:read', 'debt:read', 'statistics'],
} as const;
export const READ_BUDGET = { scope: 'budget:read' } as const;
export const WRITE = { scope: 'budget:write' } as const;

builder.queryType({ description: 'Reading the graph.' });
builder.mutationType({
  description: 'Changing the graph. Every mutation either succeeds whole or changes nothing.',
});
