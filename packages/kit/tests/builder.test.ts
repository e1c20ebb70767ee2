import { resolveArrayConnection } from '@pothos/plugin-relay';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { graphql } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessLogRecorder } from '../src/access-log.ts';
import { createBuilder, SUBGRAPH_SCHEMA_OPTIONS } from '../src/builder.ts';
import type { RequestContext } from '../src/context.ts';
import { NotFoundError } from '../src/domain-errors.ts';
import { createLogger } from '../src/logger.ts';
import type { OrganisationKind } from '../src/organisation-kinds.ts';
import { addErrorTypes } from '../src/schema-types.ts';
import type { Scope } from '../src/scopes.ts';
import { printSubgraphSdl } from '../src/sdl.ts';

const logger = createLogger('test', 'silent');

function context(scopes: Scope[], organisationKind: OrganisationKind = 'PARTNER'): RequestContext {
  return {
    caller: { keyId: 'k', organisationId: 'o', organisationKind, scopes: new Set(scopes), requestId: 'r' },
    logger,
    accessLog: new AccessLogRecorder(),
  };
}

interface Thing {
  id: string;
  name: string;
  price: bigint;
}

const THINGS: Thing[] = [
  { id: 't1', name: 'one', price: 2584493800n },
  { id: 't2', name: 'two', price: 5n },
  { id: 't3', name: 'three', price: -150n },
];

function buildSchema(): GraphQLSchema {
  const builder = createBuilder<RequestContext>();
  const { ErrorInterface } = addErrorTypes(builder);
  builder.objectType(Error, {
    name: 'BaseError',
    interfaces: [ErrorInterface],
    fields: () => ({}),
  });
  const Thing = builder.objectRef<Thing>('Thing').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      price: t.expose('price', { type: 'Money' }),
    }),
  });
  builder.queryType({
    fields: (t) => ({
      secret: t.string({
        authScopes: { scope: 'locations:read' },
        resolve: () => 'resolved',
      }),
      municipalOnly: t.string({
        nullable: true,
        authScopes: { municipal: true },
        resolve: () => 'municipal',
      }),
      either: t.string({
        authScopes: { scope: 'budget:read', municipal: true },
        resolve: () => 'either',
      }),
      echoDate: t.field({
        type: 'Date',
        args: { on: t.arg({ type: 'Date', required: true }) },
        resolve: (_root, args) => args.on,
      }),
      things: t.connection({
        type: Thing,
        authScopes: { scope: 'locations:read' },
        resolve: (_root, args) => resolveArrayConnection({ args }, THINGS),
      }),
    }),
  });
  builder.mutationType({
    fields: (t) => ({
      renameThing: t.field({
        type: Thing,
        errors: { types: [NotFoundError] },
        args: { id: t.arg.id({ required: true }) },
        resolve: (_root, args) => {
          const thing = THINGS.find((candidate) => candidate.id === args.id);
          if (!thing) throw new NotFoundError('Thing', String(args.id));
          return thing;
        },
      }),
    }),
  });
  return builder.toSubGraphSchema(SUBGRAPH_SCHEMA_OPTIONS);
}

describe('createBuilder', () => {
  let schema: GraphQLSchema;
  let sdl: string;

  beforeAll(() => {
    schema = buildSchema();
    sdl = printSubgraphSdl(schema);
  });

  const run = (source: string, scopes: Scope[], kind?: OrganisationKind): Promise<ExecutionResult> =>
    graphql({ schema, source, contextValue: context(scopes, kind) });

  describe('scope auth', () => {
    it('resolves a field when the caller has its scope', async () => {
      const result = await run('{ secret }', ['locations:read']);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ secret: 'resolved' });
    });

    it('refuses a field without its scope with FORBIDDEN naming the scope', async () => {
      const result = await run('{ secret }', ['budget:read', 'locations:write']);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error!.extensions.code).toBe('FORBIDDEN');
      expect(error!.message).toContain('locations:read');
      expect(error!.message).toContain('Query.secret');
      expect(error!.path).toEqual(['secret']);
    });

    it('refuses a municipal field to other organisations, and allows it to the municipality', async () => {
      const refused = await run('{ municipalOnly }', ['locations:read'], 'PROVIDER');
      expect(refused.data).toEqual({ municipalOnly: null });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toContain('municipal');
      const allowed = await run('{ municipalOnly }', [], 'MUNICIPALITY');
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data).toEqual({ municipalOnly: 'municipal' });
    });

    it('allows either of several scopes and names all of them when refusing', async () => {
      expect((await run('{ either }', ['budget:read'])).data).toEqual({ either: 'either' });
      expect((await run('{ either }', [], 'MUNICIPALITY')).data).toEqual({ either: 'either' });
      const refused = await run('{ either }', ['locations:read']);
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toMatch(/budget:read or .*municipal|municipal or .*budget:read/);
    });
  });

  describe('scalars', () => {
    it('serialises Money as a decimal string', async () => {
      const result = await run('{ things(first: 1) { edges { node { price } } } }', ['locations:read']);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ things: { edges: [{ node: { price: '25844938.00' } }] } });
    });

    it('validates Date arguments', async () => {
      expect((await run('{ echoDate(on: "2021-01-31") }', [])).data).toEqual({ echoDate: '2021-01-31' });
      const refused = await run('{ echoDate(on: "2021-02-30") }', []);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]?.message).toContain('Date must be a calendar date');
    });
  });

  describe('relay connections', () => {
    it('pages through a connection', async () => {
      const result = await run(
        '{ things(first: 2) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
        ['locations:read'],
      );
      expect(result.errors).toBeUndefined();
      const things = (result.data as { things: { edges: { node: { id: string } }[]; pageInfo: unknown } })
        .things;
      expect(things.edges.map((edge) => edge.node.id)).toEqual(['t1', 't2']);
      expect(things.pageInfo).toMatchObject({ hasNextPage: true, endCursor: expect.any(String) });
    });
  });

  describe('typed errors', () => {
    it('names the result union after the mutation and puts the record itself in it', () => {
      expect(sdl).toMatch(/union RenameThingResult = NotFoundError \| Thing/);
    });

    it('answers a thrown NotFoundError as a payload, not a failed operation', async () => {
      const result = await run(
        `mutation {
          renameThing(id: "nope") {
            __typename
            ... on Thing { id }
            ... on NotFoundError { message entity id }
          }
        }`,
        [],
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        renameThing: {
          __typename: 'NotFoundError',
          message: 'Thing "nope" does not exist',
          entity: 'Thing',
          id: 'nope',
        },
      });
    });
  });

  describe('subgraph SDL', () => {
    it('has no relay node or nodes root fields', () => {
      expect(sdl).toMatch(/type Query\b/);
      expect(sdl).not.toMatch(/\bnode\(/);
      expect(sdl).not.toMatch(/\bnodes\(/);
      expect(schema.getQueryType()?.getFields()).not.toHaveProperty('node');
      expect(schema.getQueryType()?.getFields()).not.toHaveProperty('nodes');
    });

    it('marks PageInfo as shareable', () => {
      expect(sdl).toMatch(/type PageInfo\s+@shareable/);
    });

    it('marks the shared error types as shareable', () => {
      expect(sdl).toMatch(/type NotFoundError implements Error\s+@shareable/);
    });

    it('links federation 2.6 and declares the kit scalars', () => {
      expect(sdl).toContain('https://specs.apollo.dev/federation/v2.6');
      for (const scalar of ['Date', 'DateTime', 'Money', 'Bsn']) {
        expect(sdl).toMatch(new RegExp(`scalar ${scalar}\\b`));
      }
    });

    it('makes fields non-null by default', () => {
      expect(sdl).toMatch(/secret: String!/);
      expect(sdl).toMatch(/municipalOnly: String\n/);
    });
  });

  it('gives each call its own builder', () => {
    expect(createBuilder<RequestContext>()).not.toBe(createBuilder<RequestContext>());
    expect(() => buildSchema()).not.toThrow();
  });
});
