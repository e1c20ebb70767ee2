import { relative, sep } from 'node:path';
import {
  buildSchema,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isUnionType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { type OperationSource, readOperations } from '../trusted-documents/validate-operations.ts';
import type { SchemaChange } from './changes.ts';

/** A registered operation of a team: the directory under `operations/` it is kept in. */
export interface TeamOperation extends OperationSource {
  team: string;
}

/** The registered operations under `operationsDir`, each with its team (its directory there). */
export function teamOperations(operationsDir: string): TeamOperation[] {
  return readOperations(operationsDir).map((operation) => ({
    ...operation,
    team: relative(operationsDir, operation.file).split(sep)[0]!,
  }));
}

/**
 * What an operation uses, as schema coordinates: the types it meets (`Type`), the fields it selects
 * (`Type.field`), the arguments it gives (`Type.field.argument`), the input fields and enum values
 * it writes (`Input.field`, `Enum.VALUE`). An operation that does not parse uses nothing.
 */
function coordinates(schema: GraphQLSchema, text: string): Set<string> {
  const used = new Set<string>();
  let document: ReturnType<typeof parse>;
  try {
    document = parse(text);
  } catch {
    return used;
  }
  const typeInfo = new TypeInfo(schema);
  const useType = (type: Parameters<typeof getNamedType>[0] | undefined) => {
    const named = type && getNamedType(type);
    if (named) used.add(named.name);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        used.add(parent.name);
        used.add(`${parent.name}.${field.name}`);
        useType(field.type);
      },
      Argument() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const argument = typeInfo.getArgument();
        if (!parent || !field || !argument) return;
        used.add(`${parent.name}.${field.name}.${argument.name}`);
        useType(argument.type);
      },
      VariableDefinition() {
        useType(typeInfo.getInputType() ?? undefined);
      },
      ObjectField(node) {
        const parent = getNamedType(typeInfo.getParentInputType() ?? undefined);
        if (parent) used.add(`${parent.name}.${node.name.value}`);
        useType(typeInfo.getInputType() ?? undefined);
      },
      EnumValue(node) {
        const type = getNamedType(typeInfo.getInputType() ?? undefined);
        if (type) used.add(`${type.name}.${node.value}`);
      },
    }),
  );
  return used;
}

/**
 * Whether a change at `path` (`Type`, `Type.member` or `Type.field.argument`) can touch an operation
 * that uses `used`: it uses that very coordinate; or the field of a changed argument (a new required
 * argument breaks every use of the field); or an enum, input type, union or interface whose values,
 * fields or members change (whoever reads or writes the type may meet the change).
 */
function touches(schemas: readonly GraphQLSchema[], used: ReadonlySet<string>, path: string): boolean {
  if (!path) return false;
  if (used.has(path)) return true;
  const parts = path.split('.');
  if (parts.length === 3) return used.has(parts.slice(0, 2).join('.'));
  if (parts.length !== 2 || !used.has(parts[0]!)) return false;
  return schemas.some((schema) => {
    const type = schema.getType(parts[0]!);
    return isEnumType(type) || isInputObjectType(type) || isUnionType(type) || isInterfaceType(type);
  });
}

/** Per operation, what it uses in either schema (an operation may be valid against only one of them). */
export function operationUse(
  releasedSdl: string,
  currentSdl: string,
  operations: readonly TeamOperation[],
): (change: SchemaChange) => TeamOperation[] {
  const schemas = [buildSchema(releasedSdl), buildSchema(currentSdl)];
  const uses = operations.map((operation) => {
    const used = new Set<string>();
    for (const schema of schemas)
      for (const coordinate of coordinates(schema, operation.text)) used.add(coordinate);
    return { operation, used };
  });
  return (change) =>
    uses.filter(({ used }) => touches(schemas, used, change.path)).map(({ operation }) => operation);
}
