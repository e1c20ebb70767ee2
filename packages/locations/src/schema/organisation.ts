import { builder } from './builder.ts';

/**
 * `Organisation` is owned by the budget subgraph; locations knows only its key and never resolves it.
 */
export const OrganisationRef = builder
  .externalRef('Organisation', builder.keyDirective(builder.selection<{ id: string }>('id'), false))
  .implement({
    description:
      'Organisatie: a provider, volunteer organisation, municipal department or partner (owned by budget).',
    externalFields: (t) => ({ id: t.id({ description: 'Stable readable id, e.g. `org-amaryllis`.' }) }),
  });
