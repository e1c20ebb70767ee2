import { readFileSync } from 'node:fs';
import {
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  type TypeNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../src/compose.ts';

/**
 * The nullability convention (docs/architecture.md, API style): every Query root field is nullable,
 * and so is every reference to an entity owned by another subgraph than the one resolving the field
 * (in a list, each item: `[Organisation]!`), so that a failing subgraph costs only its own fields.
 * Mutations stay non-null.
 */

/** The owner of each entity, as docs/architecture.md's ownership table states it (join__Graph names). */
const OWNERS: Record<string, string> = {
  Client: 'CLIENTS',
  Household: 'CLIENTS',
  Organisation: 'BUDGET',
  Area: 'LOCATIONS',
  Room: 'LOCATIONS',
  Worker: 'LOCATIONS',
  YouthCase: 'YOUTH',
  YouthCaseload: 'YOUTH',
  DebtCase: 'DEBT',
  DebtCaseload: 'DEBT',
};

const supergraph = parse(readFileSync(SUPERGRAPH_FILE, 'utf8'));
const objectTypes = supergraph.definitions.filter(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
);

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (value === undefined) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((d) => d.name.value === name);

/** Entities and their owner in the supergraph: the graph whose keyed `@join__type` is no extension. */
function ownersInSupergraph(): Record<string, string> {
  const owners: Record<string, string> = {};
  for (const type of objectTypes) {
    for (const join of directives(type, 'join__type')) {
      if (argument(join, 'key') === undefined) continue;
      if (argument(join, 'extension') === true || argument(join, 'resolvable') === false) continue;
      owners[type.name.value] = String(argument(join, 'graph'));
    }
  }
  return owners;
}

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

/** Whether the named type itself (the field, or each item of a list) is non-null. */
const referenceNonNull = (type: TypeNode): boolean =>
  type.kind === Kind.NAMED_TYPE
    ? false
    : type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.NAMED_TYPE
      ? true
      : referenceNonNull(type.type);

/** The graphs that resolve a field: its non-external `@join__field`s, or else all its type's graphs. */
function resolvingGraphs(type: ObjectTypeDefinitionNode, field: FieldDefinitionNode): string[] {
  const joins = directives(field, 'join__field');
  if (joins.length > 0) {
    return joins
      .filter((j) => argument(j, 'external') !== true && argument(j, 'graph') !== undefined)
      .map((j) => String(argument(j, 'graph')));
  }
  return directives(type, 'join__type').map((j) => String(argument(j, 'graph')));
}

/** Every field the convention wants nullable but the supergraph has non-null, as `Type.field`. */
export function violations(): string[] {
  const owners = ownersInSupergraph();
  const found: string[] = [];
  for (const type of objectTypes) {
    for (const field of type.fields ?? []) {
      const name = `${type.name.value}.${field.name.value}`;
      if (type.name.value === 'Query') {
        if (field.type.kind === Kind.NON_NULL_TYPE) found.push(`${name} (root field)`);
        continue;
      }
      if (!referenceNonNull(field.type)) continue;
      const owner = owners[namedType(field.type)];
      if (owner === undefined) continue;
      const others = resolvingGraphs(type, field).filter((graph) => graph !== owner);
      if (others.length > 0) {
        found.push(`${name} (${owner}'s ${namedType(field.type)}, resolved by ${others.join(', ')})`);
      }
    }
  }
  return found;
}

describe('the nullability convention over the supergraph', () => {
  it('knows the owner of every entity as the architecture states it', () => {
    expect(ownersInSupergraph()).toEqual(OWNERS);
  });

  it('has every Query root field nullable and every reference to another subgraph’s entity nullable', () => {
    expect(violations()).toEqual([]);
  });

  it('keeps mutations non-null (one subgraph answers a mutation)', () => {
    const mutation = objectTypes.find((t) => t.name.value === 'Mutation');
    const nullable = (mutation?.fields ?? [])
      .filter((f) => f.type.kind !== Kind.NON_NULL_TYPE)
      .map((f) => f.name.value);
    expect(nullable).toEqual([]);
  });
});
