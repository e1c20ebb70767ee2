import {
  addErrorTypes,
  addProvenanceType,
  addStatisticsGrain,
  addStatisticTypes,
  createBuilder,
} from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';

export const builder = createBuilder<SubgraphContext>();
export const { ErrorInterface } = addErrorTypes(builder);
export const PublishedCount = addStatisticTypes(builder);
/** How a statistics table cuts its period into rows (`debtStatisticsSeries`). */
export const StatisticsGrain = addStatisticsGrain(builder);
export const { Provenance, addProvenanceField } = addProvenanceType(builder);

/** Reading debt cases and signals (personal fields need PERSONAL too). */
export const READ = { scope: 'debt:read' } as const;
/** Changing them. */
export const WRITE = { scope: 'debt:write' } as const;
/** What identifies a client or describes a client's finances: every read and write logged per client. */
export const PERSONAL = { scope: 'personal-data' } as const;
/** Aggregates for analysts and the council. */
export const STATISTICS = { scope: 'statistics' } as const;

builder.queryType({ description: 'Reading the graph.' });
builder.mutationType({
  description: 'Changing the graph. Every mutation either succeeds whole or changes nothing.',
});
