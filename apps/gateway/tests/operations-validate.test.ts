import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FieldDefinitionNode, Kind, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { invalidOperations, readOperations } from '../src/trusted-documents/validate-operations.ts';

const GATEWAY_DIR = fileURLToPath(new URL('..', import.meta.url));
const OPERATIONS_DIR = join(GATEWAY_DIR, 'operations');
const API = readFileSync(join(GATEWAY_DIR, 'schema', 'api.graphql'), 'utf8');
const SUPERGRAPH = readFileSync(join(GATEWAY_DIR, 'schema', 'supergraph.graphql'), 'utf8');
const OPERATIONS = readOperations(OPERATIONS_DIR);
const WMO = relative(process.cwd(), join(OPERATIONS_DIR, 'council', 'wmo.graphql'));

/** The public schema with `Query.<field>` changed by `change` (null deletes it). */
function withQueryField(field: string, change: (node: FieldDefinitionNode) => FieldDefinitionNode | null) {
  let found = false;
  const document = visit(parse(API), {
    ObjectTypeDefinition(type) {
      if (type.name.value !== 'Query') return undefined;
      return {
        ...type,
        fields: type.fields?.flatMap((node) => {
          if (node.name.value !== field) return [node];
          found = true;
          const changed = change(node);
          return changed ? [changed] : [];
        }),
      };
    },
  });
  expect(found, `Query.${field} is in api.graphql`).toBe(true);
  return print(document);
}

describe('registered operations against the public schema', () => {
  it('all registered operations of every team validate against api.graphql', () => {
    const teams = new Set(OPERATIONS.map(({ file }) => relative(OPERATIONS_DIR, file).split(/[\\/]/)[0]));
    expect([...teams].sort()).toEqual(['buurtkamer', 'case-worker', 'council']);
    expect(invalidOperations(API, OPERATIONS)).toEqual([]);
  });

  it('names the file and the message when a field an operation uses is removed', () => {
    const schema = withQueryField('clientStatisticsSeries', () => null);
    expect(invalidOperations(schema, OPERATIONS)).toEqual([
      {
        file: WMO,
        messages: [
          expect.stringMatching(/^Cannot query field "clientStatisticsSeries" on type "Query"\..* \(2:3\)$/),
        ],
      },
    ]);
  });

  it('names the file and the message when an argument changes type', () => {
    const schema = withQueryField('clientStatisticsSeries', (node) => ({
      ...node,
      arguments: node.arguments?.map((argument) =>
        argument.name.value === 'from'
          ? {
              ...argument,
              type: {
                kind: Kind.NON_NULL_TYPE,
                type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'Int' } },
              },
            }
          : argument,
      ),
    }));
    const invalid = invalidOperations(schema, OPERATIONS);
    expect(invalid.map(({ file }) => file)).toEqual([WMO]);
    expect(invalid[0]!.messages).toContainEqual(
      expect.stringContaining('Variable "$from" of type "Date!" used in position expecting type "Int!".'),
    );
  });

  it('refuses a field that only the supergraph has (@inaccessible)', () => {
    expect(SUPERGRAPH).toMatch(/hasOpenDebtCase: Boolean @inaccessible/);
    const operation = {
      file: 'operations/example/debt.graphql',
      text: 'query HouseholdDebt($id: ID!) { household(id: $id) { id hasOpenDebtCase } }',
    };
    expect(invalidOperations(API, [operation])).toEqual([
      {
        file: operation.file,
        messages: [expect.stringContaining('Cannot query field "hasOpenDebtCase" on type "Household".')],
      },
    ]);
    // The same operation without the internal field is fine: the refusal is about that field.
    const publicOnly = { ...operation, text: operation.text.replace(' hasOpenDebtCase', '') };
    expect(invalidOperations(API, [publicOnly])).toEqual([]);
  });

  it('reports an operation that does not parse', () => {
    const invalid = invalidOperations(API, [{ file: 'broken.graphql', text: 'query Broken { rooms { id }' }]);
    expect(invalid).toEqual([
      { file: 'broken.graphql', messages: [expect.stringContaining('Syntax Error')] },
    ]);
  });
});
