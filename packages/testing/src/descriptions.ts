import {
  type DefinitionNode,
  type DirectiveNode,
  Kind,
  parse,
  type StringValueNode,
  valueFromASTUntyped,
} from 'graphql';

/** A reference to another subgraph's entity (`@key(..., resolvable: false)`): its owner describes it. */
function isReferenceStub(directives: readonly DirectiveNode[] | undefined): boolean {
  return (directives ?? []).some(
    (directive) =>
      directive.name.value === 'key' &&
      directive.arguments?.some(
        (argument) => argument.name.value === 'resolvable' && valueFromASTUntyped(argument.value) === false,
      ),
  );
}

const described = (node: { description?: StringValueNode | undefined }) =>
  Boolean(node.description?.value.trim());

/** What one definition leaves undescribed: the type itself, its fields, arguments, enum values and input fields. */
function undescribedIn(definition: DefinitionNode): string[] {
  if (!('name' in definition) || !definition.name) return [];
  const type = definition.name.value;
  const missing: string[] = [];
  const isDefinition = 'description' in definition;
  if (isDefinition && !isReferenceStub(definition.directives) && !described(definition)) missing.push(type);
  if ('fields' in definition) {
    for (const field of definition.fields ?? []) {
      if (!described(field)) missing.push(`${type}.${field.name.value}`);
      for (const argument of 'arguments' in field ? (field.arguments ?? []) : [])
        if (!described(argument)) missing.push(`${type}.${field.name.value}(${argument.name.value})`);
    }
  }
  if ('values' in definition) {
    for (const value of definition.values ?? [])
      if (!described(value)) missing.push(`${type}.${value.name.value}`);
  }
  return missing;
}

/**
 * Every type, field, argument, enum value and input field of a subgraph's SDL that has no
 * description (the API style asks for one everywhere, with the Dutch legal term). Stubs of another
 * subgraph's entity (`resolvable: false`) need no type description: the owner's wins in composition.
 */
export function undescribed(sdl: string): string[] {
  return parse(sdl).definitions.flatMap((definition) =>
    definition.kind === Kind.SCHEMA_EXTENSION || definition.kind === Kind.DIRECTIVE_DEFINITION
      ? []
      : undescribedIn(definition),
  );
}
