// The pure half of the single-fetch passthrough: which operations Apollo's result shaping
// (`computeResponse` in @apollo/gateway 2.14.4's resultShaping.js) could leave unchanged, and whether a
// given answer is one it would leave unchanged. Only what that function reads is modelled here, with
// the structural types of @apollo/federation-internals (the gateway's own copy, not a dependency of ours).

/** A type of the API schema, as federation-internals represents it. */
export interface SchemaType {
  kind: string;
  name?: string;
  ofType?: SchemaType;
}
interface Directive {
  name: string;
}
interface Element {
  kind: 'Field' | 'FragmentElement';
  name?: string;
  appliedDirectives: readonly Directive[];
  responseName?(): string;
  definition?: { type?: SchemaType; isSchemaIntrospectionField(): boolean };
  typeCondition?: SchemaType;
}
export interface Selection {
  kind: 'FieldSelection' | 'FragmentSelection';
  element: Element;
  selectionSet?: SelectionSet;
}
export interface SelectionSet {
  selections(): readonly Selection[];
}
/** The operation `computeResponse` walks: the client's, on the API schema. */
export interface ShapedOperation {
  rootKind: string;
  selectionSet: SelectionSet;
  schema(): { schemaDefinition: { rootType(kind: string): SchemaType | undefined } };
}

/** What `isValidLeafValue(schema, value, type)` of federation-internals says, for one leaf type. */
export type LeafCheck = (value: unknown, type: SchemaType) => boolean;

type ValueShape =
  | { kind: 'nonNull'; of: ValueShape }
  | { kind: 'list'; of: ValueShape }
  | { kind: 'object'; shape: ObjectShape }
  | { kind: 'leaf'; type: SchemaType };
interface FieldShape {
  responseName: string;
  /** The field's name, to merge a response name selected twice only when it is the same field. */
  fieldName: string;
  /** `__typename`: the answer must name the object type itself. */
  typename?: string;
  value?: ValueShape;
}
/** The response names of an object, in the order `computeResponse` writes them. */
export interface ObjectShape {
  typeName: string;
  fields: FieldShape[];
}

export type Compiled = { shape: ObjectShape } | { ineligible: string };

class Ineligible extends Error {}

/**
 * The shape every answer to `operation` must have for `computeResponse` to give it back unchanged,
 * or why no answer can be trusted so: a mutation or subscription, `@skip`/`@include` (or any
 * directive) on a selection, introspection fields, interfaces or unions (shaping filters fragments
 * by runtime type), fragments on another type, an alias or a field answering under `__typename`.
 */
export function compileShape(operation: ShapedOperation): Compiled {
  if (operation.rootKind !== 'query') return { ineligible: 'not-a-query' };
  const root = operation.schema().schemaDefinition.rootType('query');
  if (root?.kind !== 'ObjectType') return { ineligible: 'root-type' };
  try {
    return { shape: objectShape(operation.selectionSet, root) };
  } catch (error) {
    if (error instanceof Ineligible) return { ineligible: error.message };
    throw error;
  }
}

function objectShape(selectionSet: SelectionSet, type: SchemaType): ObjectShape {
  const shape: ObjectShape = { typeName: type.name!, fields: [] };
  addSelections(shape, selectionSet, type);
  return shape;
}

function addSelections(shape: ObjectShape, selectionSet: SelectionSet, parentType: SchemaType): void {
  for (const selection of selectionSet.selections()) {
    const element = selection.element;
    // `@skip`/`@include` depend on variables; no other directive reaches shaping, but none is trusted.
    if (element.appliedDirectives.length > 0) throw new Ineligible('directive');
    if (selection.kind === 'FragmentSelection') {
      // Shaping keeps a fragment's fields only for matching runtime types: on the parent type itself
      // (or without a condition) it always applies, so its fields are the parent's.
      const condition = element.typeCondition;
      if (condition && condition.name !== parentType.name) throw new Ineligible('fragment-on-other-type');
      addSelections(shape, selection.selectionSet!, parentType);
      continue;
    }
    const definition = element.definition!;
    if (definition.isSchemaIntrospectionField()) throw new Ineligible('introspection');
    const responseName = element.responseName!();
    const fieldName = element.name!;
    // `__typename` under another response name, or aliases with `__`: shaping reads `input.__typename`.
    if (responseName.startsWith('__') && responseName !== fieldName) throw new Ineligible('reserved-alias');
    const field: FieldShape =
      fieldName === '__typename'
        ? { responseName, fieldName, typename: parentType.name! }
        : { responseName, fieldName, value: valueShape(definition.type!, selection.selectionSet) };
    const existing = shape.fields.find((candidate) => candidate.responseName === responseName);
    if (!existing) {
      shape.fields.push(field);
      continue;
    }
    // Selected twice (fragments): shaping writes the first and merges sub-selections into it.
    if (existing.fieldName !== fieldName) throw new Ineligible('response-name-reused');
    mergeValue(existing.value, field.value);
  }
}

function mergeValue(into: ValueShape | undefined, from: ValueShape | undefined): void {
  if (!into || !from) return;
  if (into.kind === 'object' && from.kind === 'object') {
    for (const field of from.shape.fields) {
      const existing = into.shape.fields.find((candidate) => candidate.responseName === field.responseName);
      if (!existing) into.shape.fields.push(field);
      else if (existing.fieldName !== field.fieldName) throw new Ineligible('response-name-reused');
      else mergeValue(existing.value, field.value);
    }
  } else if ((into.kind === 'nonNull' || into.kind === 'list') && into.kind === from.kind) {
    mergeValue(into.of, from.of);
  }
}

function valueShape(type: SchemaType, selectionSet: SelectionSet | undefined): ValueShape {
  switch (type.kind) {
    case 'NonNullType':
      return { kind: 'nonNull', of: valueShape(type.ofType!, selectionSet) };
    case 'ListType':
      return { kind: 'list', of: valueShape(type.ofType!, selectionSet) };
    case 'ObjectType':
      return { kind: 'object', shape: objectShape(selectionSet!, type) };
    case 'ScalarType':
    case 'EnumType':
      return { kind: 'leaf', type };
    default:
      // Interfaces and unions: shaping resolves the runtime type and filters fragments by it.
      throw new Ineligible('abstract-type');
  }
}

/**
 * Whether `computeResponse` would give `data` back unchanged, key order included: every object has
 * exactly the shape's response names in its order, no null where the type says non-null, every
 * `__typename` names the declared type, every leaf is valid for its API schema type. Reads only.
 */
export function answerFits(data: unknown, shape: ObjectShape, leafIsValid: LeafCheck): boolean {
  return objectFits(data, shape, leafIsValid);
}

function objectFits(value: unknown, shape: ObjectShape, leafIsValid: LeafCheck): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const object = value as Record<string, unknown>;
  const fields = shape.fields;
  let index = 0;
  for (const key in object) {
    const field = fields[index];
    if (field === undefined || key !== field.responseName) return false;
    if (!Object.hasOwn(object, key)) return false;
    const fieldValue = object[key];
    if (field.typename !== undefined) {
      if (fieldValue !== field.typename) return false;
    } else if (!valueFits(fieldValue, field.value!, leafIsValid)) return false;
    index++;
  }
  return index === fields.length;
}

function valueFits(value: unknown, shape: ValueShape, leafIsValid: LeafCheck): boolean {
  if (shape.kind === 'nonNull') return value !== null && valueFits(value, shape.of, leafIsValid);
  if (value === null) return true;
  if (value === undefined) return false;
  switch (shape.kind) {
    case 'list': {
      if (!Array.isArray(value)) return false;
      for (const item of value) if (!valueFits(item, shape.of, leafIsValid)) return false;
      return true;
    }
    case 'object':
      return objectFits(value, shape.shape, leafIsValid);
    case 'leaf':
      return leafIsValid(value, shape.type);
  }
}
