import { readFileSync } from 'node:fs';
import type { TestSubgraph } from '@mienskip/testing';
import {
  buildSchema,
  type GraphQLInputType,
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { Vars } from './expect.ts';
import { sql } from './seed.ts';

const schema = buildSchema(
  readFileSync(new URL('../../../gateway/schema/api.graphql', import.meta.url), 'utf8'),
);
const mutationType = schema.getMutationType() as GraphQLObjectType;

const SCALARS: Record<string, unknown> = {
  ID: 'matrix-id',
  String: 'Matrix',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2021-01-05',
  DateTime: '2021-01-05T09:00:00Z',
  LocalTime: '09:00',
  Money: '1.00',
  Bsn: '999999990',
};

/** A value that coerces to the type: required fields only, one item per list. */
function valueFor(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType);
  if (isListType(type)) return [valueFor(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, valueFor(field.type)]),
    );
  const value = SCALARS[type.name];
  if (value === undefined) throw new Error(`No matrix value for scalar ${type.name}`);
  return value;
}

/** `mutation M($input: XInput!) { x(input: $input) { __typename } }` and variables that coerce. */
export function mutationRequest(name: string, given?: Vars): { query: string; variables: Vars } {
  const field = mutationType.getFields()[name];
  if (!field) throw new Error(`No mutation ${name} in api.graphql`);
  const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `mutation M${declarations ? `(${declarations})` : ''} { ${name}${args ? `(${args})` : ''} { __typename } }`,
    variables: given ?? Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type)])),
  };
}

/** Row count and an order-free hash of every table a subgraph owns (its schema is named after it). */
export async function fingerprint(subgraphs: Record<string, TestSubgraph>): Promise<Record<string, string>> {
  const parts = await Promise.all(
    Object.entries(subgraphs).map(async ([name, subgraph]) => {
      const tables = (
        await sql(
          subgraph,
          `select table_name from information_schema.tables
           where table_schema = '${name}' and table_type = 'BASE TABLE' order by table_name`,
        )
      ).map((row) => String(row.table_name));
      return sql(
        subgraph,
        tables
          .map(
            (table) =>
              `select '${name}.${table}' as t, count(*)::int as n,
                 coalesce(sum(hashtext(x::text)::bigint), 0)::text as h from "${name}"."${table}" x`,
          )
          .join(' union all '),
      );
    }),
  );
  return Object.fromEntries(parts.flat().map((row) => [String(row.t), `${row.n}:${row.h}`]));
}
