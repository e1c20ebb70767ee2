import { readFileSync } from 'node:fs';
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
