import { buildSchema, type GraphQLResolveInfo, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsAnyOf } from '../src/selection.ts';

const schema = buildSchema(`
  type Query { items: [Item!]! }
  type Item { id: ID! lines: [String!]! shares: [String!]! }
`);

/** What `selectsAnyOf(info, names)` says at `Query.items` for an operation. */
async function selects(source: string, names: readonly string[]): Promise<boolean> {
  let said: boolean | undefined;
  const rootValue = {
    items: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      said = selectsAnyOf(info, names);
      return [];
    },
  };
  const result = await graphql({ schema, source, rootValue });
  expect(result.errors).toBeUndefined();
  return said!;
}

describe('selectsAnyOf', () => {
  it('sees a field selected on the result directly', async () => {
    expect(await selects('{ items { id lines } }', ['lines'])).toBe(true);
    expect(await selects('{ items { id } }', ['lines', 'shares'])).toBe(false);
  });

  it('sees a field selected through inline fragments and named fragments, nested', async () => {
    expect(await selects('{ items { ... on Item { shares } } }', ['shares'])).toBe(true);
    expect(
      await selects(
        '{ items { ...outer } } fragment outer on Item { id ...inner } fragment inner on Item { lines }',
        ['lines'],
      ),
    ).toBe(true);
    expect(await selects('{ items { ...only } } fragment only on Item { id }', ['lines'])).toBe(false);
  });

  it('looks only at the result of the field being resolved, under every alias of it', async () => {
    expect(await selects('{ a: items { id } b: items { id } }', ['items'])).toBe(false);
    expect(await selects('{ items { id } items { lines } }', ['lines'])).toBe(true);
  });
});
