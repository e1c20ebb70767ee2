import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

/** One change between two public schemas, as the changelog shows it. */
export interface SchemaChange {
  /** graphql-inspector's change type, e.g. `FIELD_REMOVED`. */
  type: string;
  /** What changed: `Type`, `Type.field`, `Type.field.argument` or `Enum.VALUE`. */
  path: string;
  /** One line, names in backticks. */
  line: string;
}

/**
 * The changes from the released schema to the current one, by what they do to clients: breaking
 * (a query that worked may fail), dangerous (a query keeps working but may behave differently, e.g.
 * a new enum value) and safe. Safe changes inside a type or field that is itself new are folded into
 * that addition, so a new type is one line.
 */
export interface SchemaChanges {
  breaking: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
}

/** Removals that clients can be warned of first with `@deprecated`. */
const DEPRECATABLE_REMOVALS = new Set([
  'FIELD_REMOVED',
  'FIELD_ARGUMENT_REMOVED',
  'INPUT_FIELD_REMOVED',
  'ENUM_VALUE_REMOVED',
]);

/** Compares two public schemas (SDL). Pure: reads and writes nothing. */
export async function schemaChanges(releasedSdl: string, currentSdl: string): Promise<SchemaChanges> {
  const changes = (await diff(buildSchema(releasedSdl), buildSchema(currentSdl))).filter(
    // graphql-inspector reports the deprecation of a field or enum value twice: as such and as a use
    // of the directive; that of an argument or input field only as a use of the directive.
    (change) =>
      !(change.type.startsWith('DIRECTIVE_USAGE_') && change.path?.includes('.@deprecated')) ||
      (change.type in DEPRECATION_BY_DIRECTIVE && change.path?.endsWith('.@deprecated')),
  );
  const at = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  return {
    breaking: sorted(at(CriticalityLevel.Breaking).map(toSchemaChange)),
    dangerous: sorted(at(CriticalityLevel.Dangerous).map(toSchemaChange)),
    safe: sorted(foldIntoAdditions(at(CriticalityLevel.NonBreaking)).map(toSchemaChange)),
  };
}

/**
 * The breaking changes that remove a field, argument, input field or enum value that the released
 * schema did not mark `@deprecated`: clients got no warning, so these are refused even when
 * breaking changes are accepted.
 */
export function undeprecatedRemovals(changes: SchemaChanges, releasedSdl: string): SchemaChange[] {
  return deprecatableRemovals(changes, releasedSdl, false);
}

/** The removals of what the released schema marked `@deprecated` (subject to the deprecation window). */
export function deprecatedRemovals(changes: SchemaChanges, releasedSdl: string): SchemaChange[] {
  return deprecatableRemovals(changes, releasedSdl, true);
}

function deprecatableRemovals(changes: SchemaChanges, releasedSdl: string, deprecated: boolean) {
  const removals = changes.breaking.filter((change) => DEPRECATABLE_REMOVALS.has(change.type));
  if (!removals.length) return [];
  const released = buildSchema(releasedSdl);
  return removals.filter((change) => (deprecationReason(released, change.path) !== undefined) === deprecated);
}

export function hasChanges(changes: SchemaChanges): boolean {
  return changes.breaking.length + changes.dangerous.length + changes.safe.length > 0;
}

/** The deprecation reason of the element at `path` in `schema`; undefined when it is not deprecated. */
function deprecationReason(schema: GraphQLSchema, path: string): string | undefined {
  const [typeName, member, argument] = path.split('.');
  const type = schema.getType(typeName!);
  if (isEnumType(type)) return type.getValue(member!)?.deprecationReason ?? undefined;
  if (isInputObjectType(type)) return type.getFields()[member!]?.deprecationReason ?? undefined;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member!];
    if (argument === undefined) return field?.deprecationReason ?? undefined;
    return field?.args.find((arg) => arg.name === argument)?.deprecationReason ?? undefined;
  }
  return undefined;
}

/** Deprecations graphql-inspector reports only as the directive's use, in the changelog's words. */
const DEPRECATION_BY_DIRECTIVE: Record<string, (element: string) => string> = {
  DIRECTIVE_USAGE_ARGUMENT_DEFINITION_ADDED: (element) => `Argument \`${element}\` is deprecated`,
  DIRECTIVE_USAGE_ARGUMENT_DEFINITION_REMOVED: (element) => `Argument \`${element}\` is no longer deprecated`,
  DIRECTIVE_USAGE_INPUT_FIELD_DEFINITION_ADDED: (element) => `Input field \`${element}\` is deprecated`,
  DIRECTIVE_USAGE_INPUT_FIELD_DEFINITION_REMOVED: (element) =>
    `Input field \`${element}\` is no longer deprecated`,
};

const ADDITIONS = new Set(['TYPE_ADDED', 'FIELD_ADDED', 'INPUT_FIELD_ADDED']);

/** Drops the safe changes inside an added type or field (its fields, arguments, descriptions). */
function foldIntoAdditions(changes: readonly Change[]): Change[] {
  const additions = changes.filter((change) => ADDITIONS.has(change.type));
  const inside = (change: Change) =>
    additions.some(
      (addition) =>
        addition !== change &&
        (change.path === addition.path || change.path?.startsWith(`${addition.path}.`)),
    );
  return changes.filter((change) => !inside(change));
}

function toSchemaChange(change: Change): SchemaChange {
  const path = change.path ?? '';
  return { type: change.type, path, line: describe(change, path) };
}

const TYPE_KINDS: Record<string, string> = {
  ObjectTypeDefinition: 'Object type',
  InterfaceTypeDefinition: 'Interface',
  UnionTypeDefinition: 'Union',
  EnumTypeDefinition: 'Enum',
  InputObjectTypeDefinition: 'Input type',
  ScalarTypeDefinition: 'Scalar',
};

function describe(change: Change, path: string): string {
  // Descriptions are long prose: say where one changed, not what it says.
  if (change.type.includes('DESCRIPTION')) {
    const how = change.type.endsWith('_ADDED')
      ? 'added'
      : change.type.endsWith('_REMOVED')
        ? 'removed'
        : 'changed';
    return `Description of \`${path}\` ${how}`;
  }
  const deprecation = DEPRECATION_BY_DIRECTIVE[change.type];
  if (deprecation) return deprecation(path.replace(/\.@deprecated$/, ''));
  if (change.type === 'TYPE_ADDED') {
    const kind = TYPE_KINDS[(change.meta as { addedTypeKind?: string }).addedTypeKind ?? ''] ?? 'Type';
    return `${kind} \`${path}\` was added`;
  }
  return change.message.replace(/'([\w.![\]@]+)'/g, '`$1`');
}

function sorted(changes: SchemaChange[]): SchemaChange[] {
  return changes.sort((a, b) => a.path.localeCompare(b.path) || a.line.localeCompare(b.line));
}
