import { entityLookup, type LookupContext } from '@mienskip/kit/lookup';
import { OwnerUnavailableError } from '@mienskip/kit/rules';
import { GraphQLError } from 'graphql';
import type { HouseholdFacts, OrganisationFacts, WorkerFacts } from '../domain/facts.ts';

/**
 * Facts the youth rules need that other subgraphs own, asked of their owner in one batch per owner per
 * request, before a transaction opens (architecture.md, "Facts owned by another subgraph"); an owner
 * that does not answer is an `OwnerUnavailableError`. Exported for the child-safety part as well.
 */

const households = entityLookup<{
  id: string;
  area: { id: string } | null;
  members: { role: string; client: { id: string } | null }[];
  coordinator: { worker: { id: string } | null } | null;
}>({
  owner: 'clients',
  typename: 'Household',
  selection: 'id area { id } members { role client { id } } coordinator { worker { id } }',
  // Members and the Wmo regievoerder change; a youth decision should see a change soon.
  cache: { ttlMs: 5000 },
});

const debtFacts = entityLookup<{ id: string; hasOpenDebtCase: boolean | null }>({
  owner: 'debt',
  typename: 'Household',
  // Internal to the graph (`@inaccessible`), answered by debt to a service token only.
  selection: 'id hasOpenDebtCase',
  // A case opened or flowed out at debt should count soon.
  cache: { ttlMs: 5000 },
});

const workers = entityLookup<{
  id: string;
  role: string;
  presenceRole: string;
  organisation: { id: string } | null;
}>({
  owner: 'locations',
  typename: 'Worker',
  selection: 'id role presenceRole organisation { id }',
});

const organisations = entityLookup<{ id: string; kind: string; mainLots: string[] }>({
  owner: 'budget',
  typename: 'Organisation',
  selection: 'id kind mainLots',
});

function householdFacts(
  household: NonNullable<Awaited<ReturnType<(typeof households)['load']>>>,
): HouseholdFacts {
  return {
    id: household.id,
    areaId: household.area?.id ?? null,
    members: household.members.flatMap((m) => (m.client ? [{ clientId: m.client.id, role: m.role }] : [])),
    wmoRegievoerderId: household.coordinator?.worker?.id ?? null,
  };
}

/** The household as clients knows it, or null when clients has no such household. */
export async function lookUpHousehold(
  context: LookupContext,
  householdId: string,
): Promise<HouseholdFacts | null> {
  const household = await households.load(context, householdId);
  return household ? householdFacts(household) : null;
}

/** Several households in one call to clients, in the order asked. */
export async function lookUpHouseholds(
  context: LookupContext,
  householdIds: readonly string[],
): Promise<(HouseholdFacts | null)[]> {
  const answers = await households.loadMany(context, householdIds);
  return answers.map((household) => (household ? householdFacts(household) : null));
}

/**
 * Whether each household has an open debt case (schuldhulptraject), as debt knows it, in one call to
 * debt, in the order asked: a household debt has no entity for has none (false); null where debt
 * gave no answer for the field. Debt not answering is an `OwnerUnavailableError`.
 */
export async function lookUpDebtSupport(
  context: LookupContext,
  householdIds: readonly string[],
): Promise<(boolean | null)[]> {
  const answers = await debtFacts.loadMany(context, householdIds);
  return answers.map((household) => (household ? (household.hasOpenDebtCase ?? null) : false));
}

/** The worker as locations knows it, or null; null id asks nothing. */
export async function lookUpWorker(
  context: LookupContext,
  workerId: string | null | undefined,
): Promise<WorkerFacts | null> {
  if (!workerId) return null;
  const worker = await workers.load(context, workerId);
  return worker
    ? {
        id: worker.id,
        role: worker.role,
        presenceRole: worker.presenceRole,
        organisationId: worker.organisation?.id ?? null,
      }
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
