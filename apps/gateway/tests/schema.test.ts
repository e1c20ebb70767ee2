import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildSchema, type FieldDefinitionNode, Kind, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  API_SCHEMA_FILE,
  composeSupergraph,
  RELEASED_API_SCHEMA_FILE,
  SUPERGRAPH_FILE,
} from '../src/compose.ts';
import { schemaChanges } from '../src/release/changes.ts';

const read = (file: URL) => readFileSync(file, 'utf8');

/** The SDL with one field of one type replaced (or, for null, removed). */
function changeField(
  sdl: string,
  typeName: string,
  fieldName: string,
  change: (field: FieldDefinitionNode) => FieldDefinitionNode | null,
): string {
  let found = false;
  const changed = visit(parse(sdl), {
    ObjectTypeDefinition(type) {
      if (type.name.value !== typeName) return undefined;
      const fields = type.fields?.flatMap((field) => {
        if (field.name.value !== fieldName) return [field];
        found = true;
        return [change(field)].filter((f): f is FieldDefinitionNode => f !== null);
      });
      return { ...type, fields };
    },
  });
  if (!found) throw new Error(`The released schema has no ${typeName}.${fieldName}`);
  return print(changed);
}

describe('the committed supergraph', () => {
  it('composes without errors from the committed subgraph schemas', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('is what `pnpm compose` writes now (run it after changing a subgraph)', () => {
    const { supergraphSdl, apiSdl } = composeSupergraph();
    expect(read(SUPERGRAPH_FILE)).toBe(supergraphSdl);
    expect(read(API_SCHEMA_FILE)).toBe(apiSdl);
  });

  it('has no breaking change against the last released public schema', async () => {
    // The same classification as `pnpm release-schema`: what it would refuse without a reason.
    const changes = await schemaChanges(read(RELEASED_API_SCHEMA_FILE), composeSupergraph().apiSdl);
    expect(changes.breaking.map((change) => change.line)).toEqual([]);
  });

  it("would catch a breaking change to any subgraph's types (the check is not vacuous)", async () => {
    const released = read(RELEASED_API_SCHEMA_FILE);
    // One entity of each subgraph that owns entities: clients, locations and budget.
    for (const [type, field] of [
      ['Client', 'id'],
      ['Room', 'id'],
      ['Organisation', 'id'],
    ] as const) {
      const nullable = changeField(released, type, field, (node) => ({
        ...node,
        type: node.type.kind === Kind.NON_NULL_TYPE ? node.type.type : node.type,
      }));
      const removed = changeField(released, type, field, () => null);
      expect((await schemaChanges(released, nullable)).breaking.map((change) => change.path)).toEqual([
        `${type}.${field}`,
      ]);
      expect((await schemaChanges(released, removed)).breaking.map((change) => change.path)).toContain(
        `${type}.${field}`,
      );
    }
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
