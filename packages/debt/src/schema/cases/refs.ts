import { builder } from '../builder.ts';

/** Entities other subgraphs own that debt only refers to (Household and Client get fields in `entities.ts`). */
const key = builder.selection<{ id: string }>('id');

export const WorkerRef = builder.externalRef('Worker', builder.keyDirective(key, false)).implement({
  description: 'Medewerker (owned by locations): here a vrijwilliger helping on a debt case.',
  externalFields: (t) => ({ id: t.id({ description: 'Stable id, e.g. `worker-00002`.' }) }),
});

export const OrganisationRef = builder
  .externalRef('Organisation', builder.keyDirective(key, false))
  .implement({
    description:
      'Organisatie (owned by budget): the basis that registered a debt case, or the third party it was referred to.',
    externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `org-amaryllis`.' }) }),
  });

/** Resolvable here: debt adds the area's debt statistics (`Area.debtStatisticsSeries`). */
export const AreaRef = builder.externalRef('Area', key).implement({
  description: 'Gebied, wijk or dorp (owned by locations).',
  externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `area-noord`.' }) }),
});

export const HouseholdRef = builder.externalRef('Household', key).implement({
  description:
    'Huishouden (owned by clients): the household of a debt case, whose Wmo regievoerder from the basis holds regie ' +
    'over debt help too.',
  externalFields: (t) => ({ id: t.id({ description: 'Stable id, e.g. `household-000001`.' }) }),
});

export const ClientRef = builder.externalRef('Client', key).implement({
  description: 'Cliënt (owned by clients): here a debtor (schuldenaar) of a debt case.',
  externalFields: (t) => ({ id: t.id({ description: 'Stable id of the client (never the BSN).' }) }),
});

/** A reference to another subgraph's entity, or null when there is none. */
export function ref(id: string): { id: string };
export function ref(id: string | null | undefined): { id: string } | null;
export function ref(id: string | null | undefined): { id: string } | null {
  return id ? { id } : null;
}
