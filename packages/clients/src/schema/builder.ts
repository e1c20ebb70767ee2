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
export const { Provenance, addProvenanceField } = addProvenanceType(builder);
export const StatisticsGrain = addStatisticsGrain(builder);

/** Reading residents, households, plans and regie (personal data fields need PERSONAL too). */
export const READ = { scope: 'clients:read' } as const;
/** Changing them. */
export const WRITE = { scope: 'clients:write' } as const;
/** BSN, name, date of birth and address: personal data (AVG), every read logged. */
export const PERSONAL = { scope: 'personal-data' } as const;
/** Aggregates for analysts and the council. */
export const STATISTICS = { scope: 'statistics' } as const;

builder.queryType({ description: 'Reading the graph.' });
builder.mutationType({
  description: 'Changing the graph. Every mutation either succeeds whole or changes nothing.',
});
