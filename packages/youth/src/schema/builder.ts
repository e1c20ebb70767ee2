import { addErrorTypes, addProvenanceType, addStatisticTypes, createBuilder } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';

export const builder = createBuilder<SubgraphContext>();
export const { ErrorInterface } = addErrorTypes(builder);
export const PublishedCount = addStatisticTypes(builder);
export const { Provenance, addProvenanceField } = addProvenanceType(builder);

/** Reading youth cases and their events (personal fields need PERSONAL too, and a stated purpose). */
export const READ = { scope: 'youth:read' } as const;
/** Changing them. */
export const WRITE = { scope: 'youth:write' } as const;
/**
 * What identifies or describes a child or family: the children of a case, free-text advice and plans.
 * Also needs a Jeugdwet purpose (art. 7.4.0) in `x-mienskip-purpose`, and every read is logged.
 */
export const PERSONAL = { scope: 'personal-data' } as const;
/** Aggregates for analysts and the council. */
export const STATISTICS = { scope: 'statistics' } as const;

builder.queryType({ description: 'Reading the graph.' });
builder.mutationType({
  description: 'Changing the graph. Every mutation either succeeds whole or changes nothing.',
});
