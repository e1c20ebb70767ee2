import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { DdasInvalidDocumentError } from './errors.ts';
import schuldhulpverleningSchema from './schemas/schuldhulpverlening.schema.json' with { type: 'json' };
import vroegsignalenSchema from './schemas/vroegsignalen.schema.json' with { type: 'json' };

// ajv-formats is CommonJS with `exports.default`: under NodeNext its default import is the module.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ??
  addFormatsPlugin) as unknown as (ajv: Ajv2020) => Ajv2020;

/** The two DDAS documents, by the file each is written to. */
export const DDAS_DOCUMENTS = {
  'schuldhulpverlening.json': schuldhulpverleningSchema,
  'vroegsignalen.json': vroegsignalenSchema,
} as const;
export type DdasDocumentName = keyof typeof DDAS_DOCUMENTS;

/** One broken rule of a schema: where in the document, which rule, in words. */
export interface SchemaProblem {
  path: string;
  rule: string;
  message: string;
}

let validators: Record<DdasDocumentName, ValidateFunction> | undefined;

/** Every subschema of a schema by its JSON pointer, so that an error names its rule's place. */
function pointers(schema: unknown, at = '#', into = new Map<unknown, string>()): Map<unknown, string> {
  if (schema && typeof schema === 'object') {
    if (!into.has(schema)) into.set(schema, at);
    for (const [key, value] of Object.entries(schema)) pointers(value, `${at}/${key}`, into);
  }
  return into;
}
const PLACES = new Map([...pointers(schuldhulpverleningSchema), ...pointers(vroegsignalenSchema)]);

function compiled(): Record<DdasDocumentName, ValidateFunction> {
  if (!validators) {
    // strict: a schema with a typo in a keyword fails here, not silently in production. verbose: each
    // error carries the subschema it broke, whose place in the whole schema is the rule (PLACES).
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, verbose: true }));
    validators = {
      'schuldhulpverlening.json': ajv.compile(schuldhulpverleningSchema),
      'vroegsignalen.json': ajv.compile(vroegsignalenSchema),
    };
  }
  return validators;
}

function problemOf(error: ErrorObject): SchemaProblem {
  const extra =
    error.keyword === 'additionalProperties'
      ? `: ${String((error.params as { additionalProperty: string }).additionalProperty)}`
      : error.keyword === 'enum'
        ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : '';
  return {
    path: error.instancePath,
    rule: PLACES.has(error.parentSchema)
      ? `${PLACES.get(error.parentSchema)}/${error.keyword}`
      : error.schemaPath,
    message: `${error.message ?? error.keyword}${extra}`,
  };
}

/** The rules `document` breaks in the schema of `name`; none when it is valid (BR-DB46). */
export function schemaProblems(name: DdasDocumentName, document: unknown): SchemaProblem[] {
  const validate = compiled()[name];
  return validate(document) ? [] : (validate.errors ?? []).map(problemOf);
}

/** Refuses a document that breaks its schema, naming each path and rule. */
export function assertValid(name: DdasDocumentName, document: unknown): void {
  const problems = schemaProblems(name, document);
  if (problems.length > 0) throw new DdasInvalidDocumentError(name, problems);
}
