import { entityLookup, type LookupContext } from '@mienskip/kit/lookup';
import type { OrganisationFacts } from '../domain/facts.ts';
import type { SignalClient } from '../domain/signals.ts';

/**
 * Facts the signal rules need from their owners, asked before a transaction opens (architecture.md,
 * "Facts owned by another subgraph"): the client with its household and area (clients, BR-DB36), the
 * worker of an attempt (locations, BR-DB37), the caller's organisation (budget, BR-DB25). An owner that
 * does not answer is an `OwnerUnavailableError`.
 */
const clients = entityLookup<{ id: string; household: { id: string; area: { id: string } | null } | null }>({
  owner: 'clients',
  typename: 'Client',
  selection: 'id household { id area { id } }',
  cache: { ttlMs: 5000 },
});

const workers = entityLookup<{ id: string }>({ owner: 'locations', typename: 'Worker', selection: 'id' });

const organisations = entityLookup<{ id: string; kind: string; mainLots: string[] }>({
  owner: 'budget',
  typename: 'Organisation',
  selection: 'id kind mainLots',
});

/** The client with its household and area, or null when clients has no such client (or no household). */
export async function lookUpSignalClient(
  context: LookupContext,
  clientId: string,
): Promise<SignalClient | null> {
  const client = await clients.load(context, clientId);
  return client?.household
    ? { id: client.id, householdId: client.household.id, areaId: client.household.area?.id ?? null }
    : null;
}

/** The worker, or null when locations has none; no id asks nothing. */
export async function lookUpSignalWorker(
  context: LookupContext,
  workerId: string | null,
): Promise<{ id: string } | null> {
  return workerId ? workers.load(context, workerId) : null;
}

/** The caller's organisation as budget knows it, or null. */
export async function lookUpSignalOrganisation(
  context: LookupContext,
  organisationId: string,
): Promise<OrganisationFacts | null> {
  const organisation = await organisations.load(context, organisationId);
  return organisation
    ? { id: organisation.id, kind: organisation.kind, mainLots: organisation.mainLots }
    : null;
}
