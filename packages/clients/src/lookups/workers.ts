import { entityLookup, type LookupContext } from '@mienskip/kit/lookup';
import type { WorkerFacts } from '../domain/caseworkers.ts';

/**
 * Workers as the locations subgraph, their owner, knows them: what they do and for whom. Asked in
 * one batch per request, before a transaction opens; an unavailable locations is an
 * `OwnerUnavailableError` in the mutation's payload.
 */
const workers = entityLookup<WorkerFacts>({
  owner: 'locations',
  typename: 'Worker',
  selection: 'id role presenceRole organisation { id }',
});

/** The worker's facts, or null when locations has no such worker. */
export function lookUpWorker(context: LookupContext, workerId: string): Promise<WorkerFacts | null> {
  return workers.load(context, workerId);
}
