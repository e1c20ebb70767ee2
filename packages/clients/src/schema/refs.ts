import { builder } from './builder.ts';

/**
 * Entities other subgraphs own, known here by key only. Organisation, Worker and Area get fields
 * from this subgraph in `extensions.ts`; Room only links.
 */
const key = builder.selection<{ id: string }>('id');

export const OrganisationRef = builder.externalRef('Organisation', key).implement({
  description:
    'Organisatie: a provider, volunteer organisation, municipal department or partner (owned by budget).',
  externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `org-amaryllis`.' }) }),
});

export const WorkerRef = builder.externalRef('Worker', key).implement({
  description: 'Medewerker or vrijwilliger (owned by locations).',
  externalFields: (t) => ({ id: t.id({ description: 'Stable id, e.g. `worker-00001`.' }) }),
});

export const AreaRef = builder.externalRef('Area', key).implement({
  description: 'Gebied, wijk or dorp (owned by locations).',
  externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `area-noord`.' }) }),
});

export const RoomRef = builder.externalRef('Room', builder.keyDirective(key, false)).implement({
  description: 'Buurt- or dorpskamer (owned by locations).',
  externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `room-de-klomp`.' }) }),
});

/** A reference to another subgraph's entity, or null when there is none. */
export function ref(id: string | null): { id: string } | null {
  return id === null ? null : { id };
}
