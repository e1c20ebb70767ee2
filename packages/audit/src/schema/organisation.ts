import { builder } from './builder.ts';

/**
 * `Organisation` is owned by the budget subgraph; audit knows only its key and never resolves it.
 * No description here: the owner's is the one the public schema shows.
 */
export const OrganisationRef = builder
  .externalRef('Organisation', builder.keyDirective(builder.selection<{ id: string }>('id'), false))
  .implement({
    externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `org-amaryllis`.' }) }),
  });
