import { entityLookup, type LookupContext } from '@mienskip/kit/lookup';
import { OwnerUnavailableError } from '@mienskip/kit/rules';
import { GraphQLError } from 'graphql';
import type { ClientFacts, HouseholdFacts, OrganisationFacts, WorkerFacts } from '../domain/facts.ts';

/**
 * Facts the debt rules need that other subgraphs own, asked of their owner in one batch per owner per
 * request, before a transaction opens (architecture.md, "Facts owned by another subgraph"); an owner
 * that does not answer is an `OwnerUnavailableError`. Exported for the signals part as well.
 */

const clients = entityLookup<{
  id: string;
  household: {
    id: string;
    area: { id: string } | null;
    members: { role: string; client: { id: string } | null }[];
  } | null;
}>({
  owner: 'clients',
  typename: 'Client',
  selection: 'id household { id area { id } members { role client { id } } }',
  // Households change; a debt decision should see a change soon.
  cache: { ttlMs: 5000 },
});

const workers = entityLookup<{ id: string; role: string; organisation: { id: string } | null }>({
  owner: 'locations',
  typename: 'Worker',
  selection: 'id role organisation { id }',
});

const organisations = entityLookup<{ id: string; kind: string; mainLots: string[] }>({
  owner: 'budget',
  typename: 'Organisation',
  selection: 'id kind mainLots',
});

/**
 * Clients as clients knows them, in the order asked (null: no such client), with the household of
 * each — one call to clients for all of them.
 */
export async function lookUpClients(
  context: LookupContext,
  clientIds: readonly string[],
): Promise<{ clients: (ClientFacts | null)[]; households: Map<string, HouseholdFacts> }> {
  const answers = await clients.loadMany(context, clientIds);
  const households = new Map<string, HouseholdFacts>();
  for (const answer of answers) {
    const household = answer?.household;
    if (household && !households.has(household.id))
      households.set(household.id, {
        id: household.id,
        areaId: household.area?.id ?? null,
        members: household.members.flatMap((m) =>
          m.client ? [{ clientId: m.client.id, role: m.role }] : [],
        ),
      });
  }
  return {
    clients: answers.map((answer) =>
      answer ? { id: answer.id, householdId: answer.household?.id ?? null } : null,
    ),
    households,
  };
}

/** The worker as locations knows it, or null. */
export async function lookUpWorker(context: LookupContext, workerId: string): Promise<WorkerFacts | null> {
  const worker = await workers.load(context, workerId);
  return worker
    ? { id: worker.id, role: worker.role, organisationId: worker.organisation?.id ?? null }
    : null;
}

/** The organisation as budget knows it, or null. */
export async function lookUpOrganisation(
  context: LookupContext,
  organisationId: string,
): Promise<OrganisationFacts | null> {
  const organisation = await organisations.load(context, organisationId);
  return organisation
    ? { id: organisation.id, kind: organisation.kind, mainLots: organisation.mainLots }
    : null;
}

/**
 * A look-up for a read: the owner not answering fails the field with `SERVICE_UNAVAILABLE` naming
 * it (a typed error would be masked outside a mutation's payload), never with facts guessed at.
 */
export async function forRead<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof OwnerUnavailableError)
      throw new GraphQLError(error.message, {
        extensions: { code: 'SERVICE_UNAVAILABLE', owner: error.owner },
      });
    throw error;
  }
}
