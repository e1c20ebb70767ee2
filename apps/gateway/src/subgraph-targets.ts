import { subgraphUrlEnv } from '@mienskip/kit/catalogue';
import { type EnumTypeDefinitionNode, Kind, parse, type StringValueNode } from 'graphql';

export interface SubgraphTarget {
  /** The subgraph's name, lower case, as subgraphs expect it in the token's `aud`. */
  name: string;
  url: string;
}

/**
 * Reads the subgraphs out of a supergraph's `join__Graph` enum, with each canonical URL replaced by
 * `MIENSKIP_<NAME>_URL` when that is set. Throws a readable error for a file that is no supergraph.
 */
export function subgraphTargets(
  supergraphSdl: string,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphTarget[] {
  let document: ReturnType<typeof parse>;
  try {
    document = parse(supergraphSdl);
  } catch (error) {
    throw new Error(`The supergraph is not valid GraphQL: ${(error as Error).message}`);
  }
  const graphs = document.definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  if (!graphs?.values?.length)
    throw new Error('The supergraph names no subgraphs (no join__Graph enum): run `pnpm compose`');
  return graphs.values.map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const argument = (name: string) =>
      (directive?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)?.value;
    const name = argument('name');
    const url = argument('url');
    if (!name || !url) throw new Error(`The supergraph's subgraph ${value.name.value} has no name or url`);
    return { name, url: env[subgraphUrlEnv(name)] || url };
  });
}
