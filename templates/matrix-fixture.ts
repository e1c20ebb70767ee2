import { expect } from 'vitest';
import { type Ctx, forbidden, type Json, type MutationFixture, type QueryFixture, sees } from '../expect.ts';

// The __name__ subgraph's rows of the access matrix (matrix.test.ts, subgraph-rows.ts), written by
// `pnpm new-subgraph` for its example (a note): a row for every root field, and for every entity type
// a nested path (`__NAME___NESTED`) and an `_entities` row (`__NAME___ENTITIES`), each saying what
// every kind of key sees. Replace them with the subgraph's own as the example is replaced; the
// completeness tests name any field or entity without a row.

/** The same answer as the municipal key's: the example's notes belong to no organisation. */
const likeBaseline = async (data: Json, ctx: Ctx, asked: { field: string; query: string }) =>
  expect(data).toEqual((await ctx.baseline(asked.query)).body.data[asked.field]);

export const __NAME___QUERIES: Record<string, QueryFixture> = {
  __name__Notes: {
    field: '__name__Notes',
    query: '{ __name__Notes { id text createdAt } }',
    expect: {
      municipal: sees('the latest notes', (notes) => expect(notes).toEqual(expect.any(Array))),
      provider: sees('the same notes as the municipality (notes have no owner)', likeBaseline),
      analyst: sees('the same notes as the municipality', likeBaseline),
      council: forbidden,
    },
  },
};

export const __NAME___MUTATIONS: Record<string, MutationFixture> = {
  add__Name__Note: {},
};
