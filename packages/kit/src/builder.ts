import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure } from '@pothos/plugin-scope-auth';
import type { RequestContext } from './context.ts';
import { forbidden } from './errors.ts';
import { BsnScalar, DateScalar, DateTimeScalar, LocalTimeScalar, MoneyScalar } from './scalars.ts';
import type { Scope } from './scopes.ts';

export interface KitSchemaTypes<Context extends RequestContext> {
  Context: Context;
  AuthScopes: {
    /** The key carries this scope. */
    scope: Scope;
    /** The key carries at least one of these scopes. */
    anyScope: readonly Scope[];
    /** The key belongs to the municipality (sees every organisation's rows). */
    municipal: boolean;
    /** The key belongs to this organisation. */
    organisation: string;
  };
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string | Date };
    DateTime: { Input: Date; Output: Date | string };
    Money: { Input: bigint; Output: bigint | number | string };
    Bsn: { Input: string; Output: string };
    LocalTime: { Input: string; Output: string };
  };
  /** Fields are non-null unless they say otherwise; a field a scope may refuse says `nullable: true`. */
  DefaultFieldNullability: false;
}

/**
 * The one way a subgraph builds its schema. Plugin order matters: scope-auth first so that a refusal
 * wraps everything (and is a FORBIDDEN error, not a typed payload error), federation last.
 *
 * Batching uses plugin-dataloader rather than plugin-drizzle: entity references must batch through
 * `resolveReference` anyway (the drizzle plugin has no federation integration), the dataloader
 * plugin is stable on drizzle-orm's released line (plugin-drizzle needs a 1.0 release candidate
 * pinned exactly), and each batch stays one explicit `WHERE id = ANY($1)` we can read and test.
 */
export function createBuilder<Context extends RequestContext>() {
  const builder = new SchemaBuilder<KitSchemaTypes<Context>>({
    defaultFieldNullability: false,
    plugins: [
      ScopeAuthPlugin,
      DirectivePlugin,
      ErrorsPlugin,
      RelayPlugin,
      DataloaderPlugin,
      FederationPlugin,
    ],
    scopeAuth: {
      authScopes: (context) => ({
        scope: (scope: Scope) => context.caller.scopes.has(scope),
        anyScope: (scopes: readonly Scope[]) => scopes.some((scope) => context.caller.scopes.has(scope)),
        municipal: context.caller.organisationKind === 'MUNICIPALITY',
        organisation: (organisationId: string) => context.caller.organisationId === organisationId,
      }),
      unauthorizedError: (_parent, _context, info, result) =>
        forbidden(
          `Not allowed to read ${info.parentType.name}.${info.fieldName}: ${describeFailure(result.failure) ?? result.message}`,
        ),
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      // Relay's node/nodes root fields would have to resolve every subgraph's types: not in a federation.
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      pageInfoTypeOptions: {
        shareable: true,
        description: 'Where a page of a connection sits in the whole list.',
      },
      hasNextPageFieldOptions: { description: 'More items follow after this page.' },
      hasPreviousPageFieldOptions: { description: 'Items come before this page.' },
      startCursorFieldOptions: { description: 'Cursor of the first item on this page.' },
      endCursorFieldOptions: { description: 'Cursor of the last item on this page; pass it as `after`.' },
      edgesFieldOptions: { description: 'The items on this page, with their cursors.' },
      pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
      cursorFieldOptions: { description: 'Opaque cursor of this item.' },
      nodeFieldOptions: { description: 'The item.' },
      firstArgOptions: { description: 'Page size from the start (or after `after`); bounded by the field.' },
      lastArgOptions: { description: 'Page size from the end (or before `before`); bounded by the field.' },
      afterArgOptions: { description: 'Return items after this cursor.' },
      beforeArgOptions: { description: 'Return items before this cursor.' },
    },
    errors: {
      defaultTypes: [],
      // `addShift` returns `AddShiftResult = Shift | ValidationError | …`: the record itself or why nothing changed.
      directResult: true,
      defaultUnionOptions: {
        name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Result`,
        description:
          'What the mutation returns: the changed record, or a typed error (see `Error`) when nothing changed.',
      },
    },
  });
  builder.addScalarType('Date', DateScalar);
  builder.addScalarType('DateTime', DateTimeScalar);
  builder.addScalarType('Money', MoneyScalar);
  builder.addScalarType('Bsn', BsnScalar);
  builder.addScalarType('LocalTime', LocalTimeScalar);
  return builder;
}

export type KitBuilder<Context extends RequestContext> = ReturnType<typeof createBuilder<Context>>;

function describeFailure(failure: AuthFailure): string | undefined {
  switch (failure.kind) {
    case 'AuthScope':
      return failure.scope === 'scope'
        ? `requires scope ${String(failure.parameter)}`
        : `requires ${failure.scope}`;
    case 'AnyAuthScopes':
    case 'AllAuthScopes': {
      const parts = failure.failures.map(describeFailure).filter(Boolean);
      return parts.join(failure.kind === 'AnyAuthScopes' ? ' or ' : ' and ') || undefined;
    }
    default:
      return undefined;
  }
}

/** Options every subgraph passes to `toSubGraphSchema`. */
export const SUBGRAPH_SCHEMA_OPTIONS = {
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  sortSchema: true,
};
