import { entityLookup, type LookupContext } from '@mienskip/kit/lookup';
import { type Caller, OwnerUnavailableError } from '@mienskip/kit/rules';
import { GraphQLError } from 'graphql';
import {
  type ClientVisibility,
  caseloadHouseholds,
  clientVisibility,
  mustFailWithoutCaseloads,
  needsCaseloads,
} from '../domain/visibility.ts';

interface Caseload {
  householdIds: string[];
}

/**
 * The households of the open youth cases an organisation is involved in, as the youth subgraph, the
 * owner of youth cases and of Jeugdwet procesregie (BR-CL15), knows them: youth's entity
 * `YouthCaseload @key(fields: "id") { id: ID! householdIds: [ID!]! }`, whose id is an organisation id.
 * A team's sight depends on it (BR-KT4), so it is kept for 5 s only.
 */
const youthCaseloads = entityLookup<Caseload>({
  owner: 'youth',
  typename: 'YouthCaseload',
  selection: 'householdIds',
  cache: { ttlMs: 5000 },
});

/**
 * The households of the open debt cases an organisation registered or was referred, as the debt
 * subgraph, the owner of debt cases (BR-CL17), knows them: debt's entity
 * `DebtCaseload @key(fields: "id") { id: ID! householdIds: [ID!]! }`, whose id is an organisation id.
 * Kept for 5 s only, like youth's.
 */
const debtCaseloads = entityLookup<Caseload>({
  owner: 'debt',
  typename: 'DebtCaseload',
  selection: 'householdIds',
  cache: { ttlMs: 5000 },
});

const CASELOADS = [youthCaseloads, debtCaseloads] as const;

/**
 * The caller's sight of residents (BR-KT2, BR-KT4), before any SQL is built. Every sight but the
 * municipality's needs youth's and debt's caseloads: both asked at once, once per request (each
 * look-up batches and keeps its request's answer), and their households joined into one list; an
 * organisation an owner does not know has no cases there. An owner not answering fails closed: a
 * municipal team's request with `OwnerUnavailableError` naming it (never a guess at what a team may
 * see); any other organisation keeps the sight clients and the owner that did answer give it (its
 * engagements, and that owner's households; logged), so that a youth or debt outage does not take
 * clients down. Call it before a transaction opens.
 */
export async function visibilityOf(context: LookupContext & { caller: Caller }): Promise<ClientVisibility> {
  const { caller } = context;
  if (!needsCaseloads(caller)) return clientVisibility(caller);
  const answers = await Promise.allSettled(
    CASELOADS.map((caseloads) => caseloads.load(context, caller.organisationId)),
  );
  const lists: string[][] = [];
  for (const answer of answers) {
    if (answer.status === 'fulfilled') {
      lists.push(answer.value?.householdIds ?? []);
      continue;
    }
    const error: unknown = answer.reason;
    if (!(error instanceof OwnerUnavailableError) || mustFailWithoutCaseloads(caller)) throw error;
    context.logger?.warn(
      { owner: error.owner, organisationId: caller.organisationId },
      `${error.owner} unavailable: the households of its cases are left out of this request`,
    );
  }
  return clientVisibility(caller, caseloadHouseholds(...lists));
}

/**
 * `visibilityOf` for reads: an owner not answering fails the field with `SERVICE_UNAVAILABLE` naming
 * it (a typed error would be masked outside a mutation's payload), never with rows guessed at.
 */
export async function readVisibility(context: LookupContext & { caller: Caller }): Promise<ClientVisibility> {
  try {
    return await visibilityOf(context);
  } catch (error) {
    if (error instanceof OwnerUnavailableError)
      throw new GraphQLError(error.message, {
        extensions: { code: 'SERVICE_UNAVAILABLE', owner: error.owner },
      });
    throw error;
  }
}
