import { builder } from '../builder.ts';

/** Entities other subgraphs own that youth only refers to (Household and Client get fields in `entities.ts`). */
const key = builder.selection<{ id: string }>('id');

export const WorkerRef = builder.externalRef('Worker', builder.keyDirective(key, false)).implement({
  description: 'Medewerker (owned by locations): a JET member, a worker of the basis.',
  externalFields: (t) => ({ id: t.id({ description: 'Stable id, e.g. `worker-00009`.' }) }),
});

export const OrganisationRef = builder
  .externalRef('Organisation', builder.keyDirective(key, false))
  .implement({
    description:
      'Organisatie (owned by budget): the JET, the basis provider, a youth-care provider (jeugdhulpaanbieder).',
    externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `org-jet`.' }) }),
  });

/** Resolvable here: youth adds `youthStatisticsSeries` to it (`statistics.ts`). */
export const AreaRef = builder.externalRef('Area', key).implement({
  description: 'Gebied, wijk or dorp (owned by locations).',
  externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `area-noord`.' }) }),
});

export const HouseholdRef = builder.externalRef('Household', key).implement({
  description: 'Huishouden / gezin (owned by clients): the family a youth case is about.',
  externalFields: (t) => ({ id: t.id({ description: 'Stable id, e.g. `household-000001`.' }) }),
});

export const ClientRef = builder.externalRef('Client', key).implement({
  description: 'Cliënt (owned by clients): here a jeugdige, a child of a youth case.',
  externalFields: (t) => ({ id: t.id({ description: 'Stable id of the client (never the BSN).' }) }),
});

/** A reference to another subgraph's entity, or null when there is none. */
export function ref(id: string): { id: string };
export function ref(id: string | null | undefined): { id: string } | null;
export function ref(id: string | null | undefined): { id: string } | null {
  return id ? { id } : null;
}
