import { addErrorTypes, addProvenanceType, addStatisticTypes, createBuilder } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';

export const builder = createBuilder<SubgraphContext>();
export const { ErrorInterface } = addErrorTypes(builder);
export const PublishedCount = addStatisticTypes(builder);
export const { Provenance, addProvenanceField } = addProvenanceType(builder);

/** Reading locations data. */
export const READ = { scope: 'locations:read' } as const;
/** Reference data (areas, rooms) that statistics name: readable with either scope. */
export const READ_REFERENCE = {
  // Spelled with `$any` (not `anyScope`) so that a refusal names both scopes.
  $any: { scope: 'locations:read', $all: { scope: 'statistics' } },
} as const;
/** Changing locations data. */
export const WRITE = { scope: 'locations:write' } as const;

builder.queryType({ description: 'Reading the graph.' });
builder.mutationType({
  description: 'Changing the graph. Every mutation either succeeds whole or changes nothing.',
});
