import { entityLookup, type LookupContext } from '@mienskip/kit/lookup';
import type { WorkerFacts } from '../domain/caseworkers.ts';

/**
 * Workers as the locations subgraph, their owner, knows them: what they do and for whom; and their
 * organisation's lots as budget, the owner of organisations and contracts, knows them (BR-A14).
 * Asked in one batch per owner per request, before a transaction opens; an unavailable owner is an
 * `OwnerUnavailableError` in the mutation's payload.
 */
const workers = entityLookup<Omit<WorkerFacts, 'organisation'> & { organisation: { id: string } | null }>({
  owner: 'locations',
  typename: 'Worker',
  selection: 'id role presenceRole organisation { id }',
});

const organisations = entityLookup<{ id: string; mainLots: string[] }>({
  owner: 'budget',
  typename: 'Organisation',
  selection: 'id mainLots',
});

/** The worker's facts, or null when locations has no such worker. */
export async function lookUpWorker(context: LookupContext, workerId: string): Promise<WorkerFacts | null> {
  const worker = await workers.load(context, workerId);
  if (!worker) return null;
  const organisation = worker.organisation && (await organisations.load(context, worker.organisation.id));
  return {
    ...worker,
    organisation: organisation ? { id: organisation.id, mainLots: organisation.mainLots } : null,
  };
}
