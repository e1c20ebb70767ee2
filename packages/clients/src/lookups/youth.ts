import { entityLookup, type LookupContext } from '@mienskip/kit/lookup';
import { type Caller, OwnerUnavailableError } from '@mienskip/kit/rules';
import { GraphQLError } from 'graphql';
import {
  type ClientVisibility,
  clientVisibility,
  mustFailWithoutYouth,
  needsYouthCaseload,
} from '../domain/visibility.ts';

/**
 * The households of the open youth cases an organisation is involved in, as the youth subgraph, the
 * owner of youth cases and of Jeugdwet procesregie (BR-CL15), knows them: youth's entity
 * `YouthCaseload @key(fields: "id") { id: ID! householdIds: [ID!]! }`, whose id is an organisation id.
 * A municipal team's sight depends on it (BR-KT4), so it is kept for 5 s only.
 */
const caseloads = entityLookup<{ householdIds: string[] }>({
  owner: 'youth',
  typename: 'YouthCaseload',
  selection: 'householdIds',
  cache: { ttlMs: 5000 },
});

/**
 * The caller's sight of residents (BR-KT2, BR-KT4), before any SQL is built. Every sight but the
 * municipality's needs youth: asked once per request (the look-up batches and keeps each request's
 * answer); an organisation youth does not know has no youth cases. Youth not answering fails closed:
 * a municipal team's request with `OwnerUnavailableError` (never a guess at what a team may see), any
 * other organisation keeps the sight clients alone gives it (its engagements; logged), so that a youth
 * outage does not take clients down. Call it before a transaction opens.
 */
export async function visibilityOf(context: LookupContext & { caller: Caller }): Promise<ClientVisibility> {
  const { caller } = context;
  if (!needsYouthCaseload(caller)) return clientVisibility(caller);
  try {
    const caseload = await caseloads.load(context, caller.organisationId);
    return clientVisibility(caller, caseload?.householdIds ?? []);
  } catch (error) {
    if (!(error instanceof OwnerUnavailableError) || mustFailWithoutYouth(caller)) throw error;
    context.logger?.warn(
      { owner: error.owner, organisationId: caller.organisationId },
      'youth unavailable: the households of youth cases are left out of this request',
    );
    return clientVisibility(caller);
  }
}

/**
 * `visibilityOf` for reads: youth not answering fails the field with `SERVICE_UNAVAILABLE` naming
 * youth (a typed error would be masked outside a mutation's payload), never with rows guessed at.
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
