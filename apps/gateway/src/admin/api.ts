import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maskError } from '@mienskip/kit/http';
import type { Logger } from '@mienskip/kit/logger';
import { DateTimeScalar } from '@mienskip/kit/scalars';
import { GraphQLError } from 'graphql';
import { administerKeys, type CreateKeyInput } from '../keys/administration.ts';
import { KeyAdministrationForbidden, type KeyAdministrator } from '../keys/administration-rules.ts';
import { KeyInputError } from '../keys/errors.ts';
import type { OrganisationKindLookup } from '../keys/organisation-kind.ts';
import type { ApiKeyChanges, KeyStore } from '../keys/store.ts';
import type { ApiKeyView } from '../keys/view.ts';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export interface AdminContext {
  administrator: KeyAdministrator;
  logger: Logger;
}

function status(key: ApiKeyView): 'ACTIVE' | 'EXPIRED' | 'REVOKED' {
  if (key.revokedAt) return 'REVOKED';
  return key.expiresAt && key.expiresAt <= new Date() ? 'EXPIRED' : 'ACTIVE';
}

/** Store refusals become typed GraphQL errors; anything else stays an internal error. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof KeyInputError)
      throw new GraphQLError(error.message, { extensions: { code: error.code } });
    if (error instanceof KeyAdministrationForbidden)
      throw new GraphQLError(error.message, { extensions: { code: 'FORBIDDEN' } });
    throw error;
  }
}

type UpdateInput = { id: string; version: number } & ApiKeyChanges;

/**
 * The admin API: key administration as GraphQL at `/admin/graphql`, apart from the supergraph so
 * that no partner's schema shows it. Every change is logged with who made it.
 */
export function createAdminApi(keys: KeyStore, organisationKind: OrganisationKindLookup) {
  const administration = (context: AdminContext) =>
    administerKeys(keys, context.administrator, organisationKind);
  const audited = <T>(
    context: AdminContext,
    action: string,
    keyId: string | undefined,
    work: () => Promise<T>,
  ) =>
    refusing(async () => {
      const result = await work();
      context.logger.info(
        { action, targetKeyId: keyId ?? (result as { key?: { id: string } }).key?.id },
        'key administration',
      );
      return result;
    });
  return new ApolloServer<AdminContext>({
    // Stopped by the gateway's own stop (`graceful-stop.ts`), not by Apollo's signal handler.
    stopOnTerminationSignals: false,
    typeDefs,
    resolvers: {
      DateTime: DateTimeScalar,
      ApiKey: { status },
      Query: {
        apiKeys: (_root, args: { organisationId?: string | null }, context: AdminContext) =>
          administration(context).list(args.organisationId ? { organisationId: args.organisationId } : {}),
        apiKey: (_root, args: { id: string }, context: AdminContext) => administration(context).get(args.id),
      },
      Mutation: {
        createApiKey: (_root, { input }: { input: CreateKeyInput }, context: AdminContext) =>
          audited(context, 'createApiKey', undefined, () => administration(context).create(input)),
        updateApiKey: (_root, { input }: { input: UpdateInput }, context: AdminContext) => {
          const { id, version, ...changes } = input;
          return audited(context, 'updateApiKey', id, () =>
            administration(context).update(id, version, changes),
          );
        },
        rotateApiKey: (_root, args: { id: string; graceSeconds: number }, context: AdminContext) =>
          audited(context, 'rotateApiKey', args.id, () =>
            administration(context).rotate(args.id, args.graceSeconds),
          ),
        revokeApiKey: (_root, args: { id: string }, context: AdminContext) =>
          audited(context, 'revokeApiKey', args.id, () => administration(context).revoke(args.id)),
      },
    },
    csrfPrevention: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => maskError(formatted),
    plugins: [ApolloServerPluginLandingPageDisabled()],
    allowBatchedHttpRequests: false,
  });
}
