import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildSchema, findBreakingChanges, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  API_SCHEMA_FILE,
  composeSupergraph,
  RELEASED_API_SCHEMA_FILE,
  SUPERGRAPH_FILE,
} from '../src/compose.ts';

const read = (file: URL) => readFileSync(file, 'utf8');

describe('the committed supergraph', () => {
  it('composes without errors from the committed subgraph schemas', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('is what `pnpm compose` writes now (run it after changing a subgraph)', () => {
    const { supergraphSdl, apiSdl } = composeSupergraph();
    expect(read(SUPERGRAPH_FILE)).toBe(supergraphSdl);
    expect(read(API_SCHEMA_FILE)).toBe(apiSdl);
  });

  it('has no breaking change against the last released public schema', () => {
    const released = buildSchema(read(RELEASED_API_SCHEMA_FILE));
    const current = buildSchema(composeSupergraph().apiSdl);
    expect(
      findBreakingChanges(released, current).map((change) => `${change.type}: ${change.description}`),
    ).toEqual([]);
  });

  it('would catch a breaking change (the check is not vacuous)', () => {
    const released = buildSchema(read(RELEASED_API_SCHEMA_FILE));
    const nullableStatus = read(RELEASED_API_SCHEMA_FILE).replace(
      'status: RoomStatus!',
      'status: RoomStatus',
    );
    expect(findBreakingChanges(released, buildSchema(nullableStatus))).not.toHaveLength(0);
  });

  it('composition reports conflicting subgraphs as errors', () => {
    const a = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
      type Query { a: Thing } type Thing @key(fields: "id") { id: ID! size: Int }`);
    const b = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
      type Query { b: Thing } type Thing @key(fields: "id") { id: ID! size: String }`);
    const result = composeServices([
      { name: 'a', url: 'http://a', typeDefs: a },
      { name: 'b', url: 'http://b', typeDefs: b },
    ]);
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it('describes every type, field, argument and enum value of the public schema', () => {
    const schema = buildSchema(read(API_SCHEMA_FILE));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if ('getValues' in type) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
