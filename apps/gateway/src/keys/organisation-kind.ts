import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '@mienskip/kit/logger';
import { isOrganisationKind, type OrganisationKind } from '@mienskip/kit/rules';
import type { GatewayContext } from '../context.ts';
import { MUNICIPALITY_ORGANISATION_ID } from '../dev-key.ts';

/**
 * Looks up an organisation's kind from its owner: undefined when it does not exist; throws when it
 * cannot be asked.
 */
export type OrganisationKindLookup = (organisationId: string) => Promise<OrganisationKind | undefined>;

const QUERY = 'query OrganisationKind($id: ID!) { organisation(id: $id) { kind } }';

/** The gateway asking on its own behalf: it may read organisations, nothing else. */
const GATEWAY_KEY_ID = 'gateway';

/**
 * An organisation's kind, asked of its owner (budget) through the gateway's own graph, so that a key
 * carries the kind the graph knows. An answer is kept for the process's life, and the key stores it:
 * when budget changes an organisation's kind (as when the JET and Sociale Zaken became municipal
 * teams, BR-KT4), a gateway migration clears the stored kinds concerned and the new process asks again.
 */
export function organisationKindFromGraph(
  apollo: ApolloServer<GatewayContext>,
  logger: Logger,
): OrganisationKindLookup {
  const known = new Map<string, OrganisationKind>();
  return async (organisationId) => {
    const cached = known.get(organisationId);
    if (cached) return cached;
    const requestId = randomUUID();
    const response = await apollo.executeOperation(
      { query: QUERY, variables: { id: organisationId } },
      {
        contextValue: {
          caller: {
            keyId: GATEWAY_KEY_ID,
            organisationId: MUNICIPALITY_ORGANISATION_ID,
            organisationKind: 'MUNICIPALITY',
            scopes: new Set(['budget:read']),
            requestId,
          },
          logger: logger.child({ requestId, keyId: GATEWAY_KEY_ID }),
          mayIntrospect: false,
        },
      },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const data = result?.data as { organisation?: { kind: string } | null } | undefined;
    if (!result || result.errors?.length || !data)
      throw new Error(
        `Cannot look up organisation ${organisationId}: ${result?.errors?.[0]?.message ?? 'no answer'}`,
      );
    const kind = data.organisation?.kind;
    if (!kind || !isOrganisationKind(kind)) return undefined;
    known.set(organisationId, kind);
    return kind;
  };
}
