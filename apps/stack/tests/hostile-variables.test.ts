import { readFileSync } from 'node:fs';
import { SCOPES } from '@mienskip/kit/scopes';
import { errorCodes, type GraphQLResponse, type TestSubgraph } from '@mienskip/testing';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  validate,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';
import { sql, tableFingerprint } from './rows.ts';

// "Partner access" point 8: random variables at every mutation of the supergraph, through the
// real gateway with a municipal key holding every scope. Nothing answers with a 5xx or an
// INTERNAL_SERVER_ERROR, and a refusal (a 400 on variable coercion, a GraphQL error or an error
// payload) leaves the data as it was. Fixed seed and few runs per mutation, so it is repeatable
// and quick; the audit schema is left out of the fingerprint because a refused write is logged.
// Every request states a Jeugdwet purpose, so that youth's personal writes get past doelbinding
// (BR-KT6) to their rules instead of all being refused for want of a purpose. Debt's mutations get
// real ids of every debt table (seeded cases, signals, referrals, crises) and its third parties.

const SEED = 20261122;
/** Stated with every request (`x-mienskip-purpose`): a Jeugdwet code, as personal youth writes need. */
const PURPOSE = { 'x-mienskip-purpose': 'TOELEIDING: hostile variables' };
/** Per mutation and per kind of variables (well-typed, hostile). */
const RUNS = 6;

const schema = buildSchema(
  readFileSync(new URL('../../gateway/schema/api.graphql', import.meta.url), 'utf8'),
);
const errorInterface = schema.getType('Error');
if (!isInterfaceType(errorInterface)) throw new Error('api.graphql has no `Error` interface');
const errorTypes = new Set(schema.getImplementations(errorInterface).objects.map((type) => type.name));
const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());

/** `mutation M($input: XInput!) { x(input: $input) { __typename ... on Error { message } } }`, one variable per argument. */
function documentFor(field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const head = `mutation M${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}`;
  const withMessage = `${head} { __typename ... on Error { message } } }`;
  // A result type the Error fragment cannot apply to gets `__typename` alone.
  return validate(schema, parse(withMessage)).length === 0 ? withMessage : `${head} { __typename } }`;
}

/** Ids of seeded records, to which `beforeAll` adds a few real ids of every table. */
const SEEDED_IDS = [
  'room-de-skalm',
  'room-de-klomp',
  'org-amaryllis',
  'org-miep',
  'org-gemeente-leeuwarden',
  'client-000001',
  'client-000002',
  'household-000001',
  'worker-00001',
  'area-noord',
  'lumpsum-2021-hbh',
  'lumpsum-2021-todb',
  'org-jet',
  'org-jeugdhulpaanbieder',
  'org-raad-kinderbescherming',
  'worker-00009',
  'youth-case-000001',
  // Debt's third parties (budget) and seeded rows: the organisations a referral names, a case and a signal.
  'org-curatieve-schuldhulp',
  'org-budgetbeheer',
  'org-beschermingsbewind',
  'debt-case-000001',
  'debt-signal-000001',
];

const junkString = fc.oneof(
  fc.constant(''),
  fc.constantFrom(' ', '\u0000', 'null', 'undefined', '-1', '1e999', '<script>', "'; drop table x; --"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.nat({ max: 2048 }).map((length) => 'x'.repeat(length)),
  fc.constant('🦆'.repeat(500)),
);
const junkNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(
    0,
    -1,
    1,
    2 ** 31,
    -(2 ** 31) - 1,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_VALUE,
    1e308,
    0.5,
    -0.0,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const int32 = fc.oneof(
  fc.integer({ min: -1, max: 4 }),
  fc.constantFrom(2021, 2026, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
);
const date = fc.oneof(
  fc.constantFrom('2021-01-01', '2021-12-31', '2026-11-22', '2020-02-29', '0001-01-01', '9999-12-31'),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((value) => value.toISOString().slice(0, 10)),
);

interface Arbitraries {
  /** Values that coerce to the type: reach the resolvers with hostile content. */
  typed(type: GraphQLInputType): fc.Arbitrary<unknown>;
  /** Type-shaped values mixed with junk: mostly refused by coercion, in the gateway or a subgraph. */
  hostile(type: GraphQLInputType): fc.Arbitrary<unknown>;
}

function arbitraries(ids: string[]): Arbitraries {
  const id = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, junkString);
  const junk = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    junkNumber,
    junkString,
    fc.constantFrom(...ids),
    fc.anything({ maxDepth: 2, maxKeys: 4 }),
  );
  const typedScalars: Record<string, fc.Arbitrary<unknown>> = {
    ID: id,
    String: fc.oneof(junkString, fc.constantFrom(...ids)),
    Int: int32,
    Float: fc.double({ noNaN: true, noDefaultInfinity: true }),
    Boolean: fc.boolean(),
    Date: date,
    DateTime: fc.oneof(
      fc.constantFrom('2021-01-01T09:00:00Z', '2021-01-01T09:00:00+02:00'),
      fc
        .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-12-31') })
        .map((value) => value.toISOString()),
    ),
    LocalTime: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`),
    Money: fc.oneof(
      {
        weight: 3,
        // Beyond 64-bit cents too: the scalar's pattern allows any number of digits.
        arbitrary: fc.constantFrom(
          '0.00',
          '25844938.00',
          '-1.00',
          '-0.00',
          '92233720368547758.08',
          '99999999999999999999.99',
        ),
      },
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((cents) => (cents / 100).toFixed(2)),
    ),
    Bsn: fc.constantFrom('123456782', '111222333', '000000000', '123456789', '999999990'),
  };
  const hostileScalars: Record<string, fc.Arbitrary<unknown>> = {
    Int: junkNumber,
    Float: junkNumber,
    Date: fc.oneof(
      date,
      fc.constantFrom('2021-02-29', '2021-13-01', '0000-00-00', '+275760-09-13'),
      junkString,
    ),
    DateTime: fc.oneof(fc.constantFrom('2021-01-01T09:00:00+25:00', '2021-01-01 09:00'), junkString),
    LocalTime: fc.oneof(fc.constantFrom('09:00', '24:00', '9:5', '12:60'), junkString),
    Money: fc.oneof(fc.constantFrom('1.5', 'NaN', 'Infinity', '1e3', '0.001'), junkString),
    Bsn: fc.oneof(fc.constantFrom('12345678', '1234567890', '12345678a'), junkString),
  };

  function build(type: GraphQLInputType, hostile: boolean, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) {
      const inner = shapedFor(type.ofType, hostile, depth);
      return hostile ? fc.oneof({ weight: 6, arbitrary: inner }, junk) : inner;
    }
    const shaped = shapedFor(type, hostile, depth);
    if (hostile) return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: junk });
    return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: fc.constant(null) });
  }

  function shapedFor(type: GraphQLInputType, hostile: boolean, depth: number): fc.Arbitrary<unknown> {
    if (isListType(type))
      return fc.array(build(type.ofType, hostile, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
    if (isEnumType(type)) {
      const values = fc.constantFrom(...type.getValues().map((value) => value.name));
      return hostile ? fc.oneof({ weight: 3, arbitrary: values }, junkString) : values;
    }
    if (isScalarType(type)) {
      const typed = typedScalars[type.name] ?? junkString;
      return hostile ? (hostileScalars[type.name] ?? typed) : typed;
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return hostile ? junk : fc.constant(null);
      const fields = Object.values(type.getFields());
      const model: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(
        fields.map((field) => [field.name, build(field.type, hostile, depth + 1)]),
      );
      const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
      if (!hostile) return fc.record(model, { requiredKeys: required });
      return fc.oneof(
        { weight: 3, arbitrary: fc.record(model, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
        // An unknown field next to the real ones.
        {
          weight: 1,
          arbitrary: fc.record<Record<string, unknown>>(
            { ...model, notAField: junk },
            { requiredKeys: required },
          ),
        },
      );
    }
    return junk;
  }

  return { typed: (type) => build(type, false, 0), hostile: (type) => build(type, true, 0) };
}

/** A few real ids of every table of a subgraph that has an `id` column. */
async function realIds(subgraph: TestSubgraph, name: string): Promise<string[]> {
  const tables = (
    await sql(
      subgraph,
      `select table_name from information_schema.columns
       where table_schema = '${name}' and column_name = 'id' order by table_name`,
    )
  ).map((row) => String(row.table_name));
  if (tables.length === 0) return [];
  const rows = await sql(
    subgraph,
    tables
      .map((table) => `(select id::text as id from "${name}"."${table}" order by id limit 2)`)
      .join(' union all '),
  );
  return rows.map((row) => String(row.id));
}

let graph: TestGraph;
let fingerprint: () => Promise<Record<string, string>>;
let ids: string[];

beforeAll(async () => {
  graph = await startGraph();
  fingerprint = await tableFingerprint(graph.dataSubgraphs());
  const real = await Promise.all(
    Object.entries(graph.dataSubgraphs()).map(([name, subgraph]) => realIds(subgraph, name)),
  );
  ids = [...new Set([...SEEDED_IDS, ...real.flat()])];
});
afterAll(() => graph?.close());

/** A 400 (variables that do not coerce), a GraphQL error, or a payload of an `Error` type. */
function isRefusal(response: GraphQLResponse, field: string): boolean {
  if (response.status === 400 || (response.body.errors?.length ?? 0) > 0) return true;
  const payload = response.body.data?.[field] as { __typename?: string } | null | undefined;
  return !payload?.__typename || errorTypes.has(payload.__typename);
}

describe('hostile variables at every mutation', () => {
  it('enumerates the mutations, each with a document that validates', () => {
    expect(mutations.length).toBeGreaterThan(30);
    for (const mutation of mutations) expect(validate(schema, parse(documentFor(mutation)))).toEqual([]);
  });

  it('never answers 5xx or INTERNAL_SERVER_ERROR, and changes nothing on refusal', {
    timeout: 120_000,
  }, async () => {
    const generate = arbitraries(ids);
    let current = await fingerprint();
    const tally: Record<string, number> = {};
    const count = (what: string) => {
      tally[what] = (tally[what] ?? 0) + 1;
    };
    // Every mutation and kind gets its runs even when another fails; the failures are reported together.
    const failures: string[] = [];
    for (const mutation of mutations) {
      const query = documentFor(mutation);
      // A key of its own per mutation, so the per-key rate limit is never what answers.
      const { secret: key } = await graph.gateway.keys.create({
        name: `hostile ${mutation.name}`,
        organisationId: 'org-gemeente-leeuwarden',
        organisationKind: 'MUNICIPALITY',
        scopes: SCOPES,
      });
      const kinds = {
        typed: fc.record(
          Object.fromEntries(mutation.args.map((arg) => [arg.name, generate.typed(arg.type)])),
        ),
        hostile: fc.record(
          Object.fromEntries(mutation.args.map((arg) => [arg.name, generate.hostile(arg.type)])),
          {
            requiredKeys: [],
          },
        ),
      };
      for (const [kind, variables] of Object.entries(kinds)) {
        const details = await fc.check(
          fc.asyncProperty(variables, async (vars) => {
            const response = await graph.gateway.query(query, { key, variables: vars, headers: PURPOSE });
            const after = await fingerprint();
            const refused = isRefusal(response, mutation.name);
            const changed = Object.keys({ ...current, ...after }).filter(
              (table) => current[table] !== after[table],
            );
            current = after;
            count(`${kind} ${response.status === 400 ? 'bad request' : refused ? 'refused' : 'succeeded'}`);
            const problems = [
              ...(response.status >= 500 ? [`HTTP ${response.status}`] : []),
              ...(response.status === 429 ? ['rate limited'] : []),
              ...(errorCodes(response).includes('INTERNAL_SERVER_ERROR') ? ['INTERNAL_SERVER_ERROR'] : []),
              ...(refused && changed.length > 0 ? [`changed on refusal: ${changed.join(', ')}`] : []),
            ];
            const context = `${mutation.name} (${kind}) ${JSON.stringify(vars).slice(0, 3000)} -> ${response.status} ${JSON.stringify(response.body).slice(0, 2000)}`;
            expect(problems, context).toEqual([]);
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
        if (details.failed) {
          const error = details.errorInstance;
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
    }
    console.info(`[hostile-variables] ${mutations.length} mutations, ${JSON.stringify(tally)}`);
    expect(failures).toEqual([]);
  });
});
