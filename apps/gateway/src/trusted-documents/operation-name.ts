import { Kind, parse } from 'graphql';

/** The name of a document's (first) operation, for lists; undefined when it has none or does not parse. */
export function operationName(text: string): string | undefined {
  try {
    const operation = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
  } catch {
    return undefined;
  }
}
