import { readFileSync } from 'node:fs';
import {
  type ConstDirectiveNode,
  Kind,
  parse,
  print,
  type TypeDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * What the matrix must cover, read from the composed supergraph: every root field, every entity
 * type (a type with a `@join__type(..., key: ...)`) and the subgraphs that resolve each.
 */
export interface Supergraph {
  queries: string[];
  mutations: string[];
  /** Entity type → the subgraphs (lower case, as in `graph.clients`) whose `_entities` resolve it. */
  entities: Record<string, string[]>;
}

const SUPERGRAPH = new URL('../../../gateway/schema/supergraph.graphql', import.meta.url);

function argument(directive: ConstDirectiveNode, name: string): unknown {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value === undefined ? undefined : valueFromASTUntyped(value);
}

export function readSupergraph(source = readFileSync(SUPERGRAPH, 'utf8')): Supergraph {
  const document = parse(source);
  const types = document.definitions.filter(
    (definition): definition is TypeDefinitionNode & { kind: Kind.OBJECT_TYPE_DEFINITION } =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
  const fieldsOf = (name: string) =>
    (types.find((type) => type.name.value === name)?.fields ?? []).map((field) => field.name.value);
  const entities: Record<string, string[]> = {};
  for (const type of types) {
    const keyed = (type.directives ?? []).filter(
      (directive) => directive.name.value === 'join__type' && argument(directive, 'key') !== undefined,
    );
    if (keyed.length === 0) continue;
    entities[type.name.value] = keyed
      .filter((directive) => argument(directive, 'resolvable') !== false)
      .map((directive) => {
        const graph = directive.arguments?.find((arg) => arg.name.value === 'graph')?.value;
        return graph ? print(graph).toLowerCase() : '?';
      })
      .sort();
  }
  return { queries: fieldsOf('Query'), mutations: fieldsOf('Mutation'), entities };
}
