import type { SubgraphName } from '@mienskip/kit/catalogue';
import type { Scope } from '@mienskip/kit/scopes';
import type { GraphQLResponse } from '@mienskip/testing';
import { expect } from 'vitest';
import type { MatrixKey, ReadingKind } from './keys.ts';
import type { ProviderRows, Seed } from './seed.ts';

export type Vars = Record<string, unknown>;
/** Request headers a row sends with every key (through the gateway; at a subgraph the purpose is signed). */
export type Headers = Record<string, string>;

/** The header stating why personal data is read; youth's personal fields need a Jeugdwet code in it. */
export const PURPOSE = 'x-mienskip-purpose';
/** A Jeugdwet purpose (art. 7.4.0) with a note, for rows that read personal youth data. */
export const JEUGDWET_PURPOSE: Headers = { [PURPOSE]: 'TOELEIDING: access matrix' };
// biome-ignore lint/suspicious/noExplicitAny: responses are walked as plain JSON
export type Json = any;

/** What a fixture's expectation may use: who asks, the seed, and more requests with the same key. */
export interface Ctx {
  kind: ReadingKind;
  key: MatrixKey;
  seed: Seed;
  /** The provider whose rows are "own" (for other kinds: the first provider, whose row is asked for). */
  own: ProviderRows;
  /** The other provider, whose rows a provider key must not see. */
  other: ProviderRows;
  /**
   * The same endpoint with the same key (at a subgraph, optionally with more scopes signed in), with
   * the row's headers unless others are given (`{}`: none).
   */
  run(
    query: string,
    variables?: Vars,
    moreScopes?: readonly Scope[],
    headers?: Headers,
  ): Promise<GraphQLResponse<Json>>;
  /** The same endpoint with the municipal key and the row's headers (the baseline that sees everything). */
  baseline(query: string, variables?: Vars): Promise<GraphQLResponse<Json>>;
  /** The same endpoint with the JET's key (a municipal team) and the row's headers. */
  jet(query: string, variables?: Vars): Promise<GraphQLResponse<Json>>;
  /** The same endpoint with the curative debt-help organisation's key (a PARTNER) and the row's headers. */
  thirdParty(query: string, variables?: Vars): Promise<GraphQLResponse<Json>>;
}

export interface Asked {
  field: string;
  query: string;
  variables: Vars;
}

export interface Expectation {
  /** One cell of the matrix, as read in the test name. */
  label: string;
  check(response: GraphQLResponse<Json>, ctx: Ctx, asked: Asked): Promise<void>;
}

type Check = (data: Json, ctx: Ctx, asked: Asked) => void | Promise<void>;

export const PERSONAL_FIELDS = ['bsn', 'name', 'dateOfBirth', 'address', 'postcode'] as const;

const describeResponse = (response: GraphQLResponse<Json>) => JSON.stringify(response.body).slice(0, 1500);

/** Every object in a JSON tree. */
export function objects(value: Json, found: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) objects(item, found);
  else if (value && typeof value === 'object') {
    found.push(value);
    for (const item of Object.values(value)) objects(item, found);
  }
  return found;
}

export const nodes = (connection: Json): Json[] => connection.edges.map((edge: Json) => edge.node);
export const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function valueAt(data: Json, path: readonly (string | number)[]): Json {
  return path.reduce((value, step) => (value == null ? value : value[step]), data);
}

/**
 * What holds for every answer to a key, whatever the field: a provider sees residents only through
 * its own engagements or as members of the households of its open youth and debt cases (and then
 * only its own engagements), and a key without personal-data never gets a personal field of a resident.
 */
function invariants(data: Json, ctx: Ctx, response: GraphQLResponse<Json>): void {
  const caseloadClients = new Set(ctx.own.caseloadClients);
  for (const object of objects(data)) {
    if (ctx.kind === 'provider' && Array.isArray(object.engagements)) {
      if (!caseloadClients.has(object.id))
        expect(
          object.engagements.length,
          `a resident without engagement at ${ctx.own.organisationId}, not of its youth or debt households`,
        ).toBeGreaterThan(0);
      for (const engagement of object.engagements)
        expect(engagement.provider?.id, describeResponse(response)).toBe(ctx.own.organisationId);
    }
    if (!ctx.key.identity.scopes.includes('personal-data') && 'bsn' in object) {
      for (const field of PERSONAL_FIELDS)
        if (field in object) expect(object[field], `${field} without personal-data`).toBeNull();
    }
  }
}

/** The field answers without errors, with data. */
export function sees(label: string, check?: Check): Expectation {
  return {
    label,
    async check(response, ctx, asked) {
      expect(response.status, describeResponse(response)).toBe(200);
      expect(response.body.errors, describeResponse(response)).toBeUndefined();
      const data = response.body.data?.[asked.field];
      expect(data, describeResponse(response)).not.toBeNull();
      expect(data).toBeDefined();
      invariants(data, ctx, response);
      await check?.(data, ctx, asked);
    },
  };
}

/** The field answers null without an error, as if the row did not exist. */
export const absent: Expectation = {
  label: 'absent (null)',
  async check(response, _ctx, asked) {
    expect(response.status, describeResponse(response)).toBe(200);
    expect(response.body.errors, describeResponse(response)).toBeUndefined();
    expect(response.body.data?.[asked.field], describeResponse(response)).toBeNull();
  },
};

/** Every error is FORBIDDEN and nothing of the field is answered. */
export const forbidden: Expectation = {
  label: 'FORBIDDEN',
  async check(response, _ctx, asked) {
    expect(response.status, describeResponse(response)).toBe(200);
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.length, describeResponse(response)).toBeGreaterThan(0);
    expect(new Set(codes), describeResponse(response)).toEqual(new Set(['FORBIDDEN']));
    const data = response.body.data?.[asked.field] ?? null;
    // `_entities` answers a list with a null per representation.
    if (Array.isArray(data))
      expect(
        data.every((item) => item === null),
        describeResponse(response),
      ).toBe(true);
    else expect(data, describeResponse(response)).toBeNull();
  },
};

/**
 * The field answers, but these fields are null, each with a FORBIDDEN error at its path: no other
 * error, and at least one such field asked.
 */
export function forbiddenAt(fields: readonly string[], label: string, check?: Check): Expectation {
  return {
    label,
    async check(response, ctx, asked) {
      expect(response.status, describeResponse(response)).toBe(200);
      const errors = response.body.errors ?? [];
      expect(errors.length, describeResponse(response)).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.extensions?.code, describeResponse(response)).toBe('FORBIDDEN');
        // The refused field is on the path (the last step, or above a refused list item).
        const path = error.path ?? [];
        expect(
          path.some((step) => fields.includes(String(step))),
          JSON.stringify(error),
        ).toBe(true);
        expect(valueAt(response.body.data, path) ?? null, JSON.stringify(error)).toBeNull();
      }
      const data = response.body.data?.[asked.field];
      expect(data, describeResponse(response)).toBeTruthy();
      invariants(data, ctx, response);
      await check?.(data, ctx, asked);
    },
  };
}

/** Personal fields (bsn, name, dateOfBirth, address, postcode) null with FORBIDDEN; the rest answered. */
export const personalForbidden = (check?: Check) =>
  forbiddenAt(PERSONAL_FIELDS, 'personal fields null with FORBIDDEN', check);

/** HTTP 401 with UNAUTHENTICATED and no data: the key is refused before any subgraph is asked. */
export function expectUnauthenticated(response: GraphQLResponse<Json>): void {
  expect(response.status, describeResponse(response)).toBe(401);
  expect(
    response.body.errors?.map((error) => error.extensions?.code),
    describeResponse(response),
  ).toEqual(['UNAUTHENTICATED']);
  expect(response.body.data ?? null).toBeNull();
}

/** One row of the matrix: a field (or a nested path) asked of every key kind. */
export interface QueryFixture {
  /** The root field whose value the expectations judge. */
  field: string;
  /** For nested paths: what the row proves (`Household.members → Client`). */
  path?: string;
  query: string;
  variables?: (ctx: Ctx) => Vars;
  /** Headers sent with every key, e.g. `JEUGDWET_PURPOSE` for personal youth fields. */
  headers?: Headers;
  expect: Record<ReadingKind, Expectation>;
}

/** One entity type at one subgraph: `_entities` with an own and (where rows are owned) another organisation's row. */
export interface EntityFixture {
  type: string;
  subgraph: SubgraphName;
  /** The selection inside `... on Type { }`. */
  selection: string;
  /** Representations: the row asked for first; for provider keys, another organisation's row second. */
  representations: (ctx: Ctx) => Vars[];
  /** As a row's headers through the gateway: here the purpose is signed into the internal token. */
  headers?: Headers;
  expect: Record<ReadingKind, Expectation>;
}

/** Per mutation: variables that coerce (the default is made from the input type). */
export interface MutationFixture {
  variables?: Vars;
}

export const entitiesQuery = (type: string, selection: string) =>
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${type} { ${selection} } } }`;
