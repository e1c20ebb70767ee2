import { errorCodes, startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { __name__ } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(__name__);
});
afterAll(() => subgraph?.close());

const ADD = `mutation ($text: String!) { add__Name__Note(input: { text: $text }) {
  __typename ... on __Name__Note { id text } ... on Error { message } } }`;
const LIST = '{ __name__Notes { id text } }';
type Added = { add__Name__Note: { __typename: string; id: string } };
type Listed<Note> = { __name__Notes: Note[] };

describe('notes', () => {
  it('adds a note and lists it', async () => {
    const added = await subgraph.query<Added>(ADD, { variables: { text: ' Eerste notitie ' } });
    expect(added.body.data?.add__Name__Note).toMatchObject({
      __typename: '__Name__Note',
      text: 'Eerste notitie',
    });
    const listed = await subgraph.query<Listed<{ id: string }>>(LIST);
    const ids = listed.body.data?.__name__Notes.map((note) => note.id);
    expect(ids).toContain(added.body.data?.add__Name__Note.id);
  });

  it('refuses an empty note with a ValidationError, and adds nothing', async () => {
    const before = await subgraph.query<Listed<unknown>>(LIST);
    const refused = await subgraph.query(ADD, { variables: { text: '   ' } });
    expect(refused.body.data?.add__Name__Note).toEqual({
      __typename: 'ValidationError',
      message: 'A note has 1 to 2000 characters',
    });
    const after = await subgraph.query<Listed<unknown>>(LIST);
    expect(after.body.data?.__name__Notes).toHaveLength(before.body.data!.__name__Notes.length);
  });

  it('refuses a key without the __name__:read scope with FORBIDDEN', async () => {
    const response = await subgraph.query(LIST, { caller: { scopes: ['statistics'] } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});
