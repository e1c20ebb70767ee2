import { ValidationError } from '@mienskip/kit/rules';
import type { NoteRow } from '../db/tables.ts';
import { decideNote } from '../domain/note.ts';
import { insertNote, latestNotes } from '../store/notes.ts';
import { builder, READ, WRITE } from './builder.ts';

// An example aggregate, to be replaced by the subgraph's own (one file per aggregate). Type names
// carry the subgraph's name: the supergraph holds every subgraph's types side by side.

const Note = builder.objectRef<NoteRow>('__Name__Note').implement({
  description: 'A note of the __name__ subgraph (an example, to be replaced by what it owns).',
  authScopes: READ,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    text: t.exposeString('text', { description: 'What was noted.' }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When it was noted.',
      resolve: (note) => note.createdAt,
    }),
  }),
});

builder.queryField('__name__Notes', (t) =>
  t.field({
    type: [Note],
    description: 'The latest notes of the __name__ subgraph, newest first.',
    authScopes: READ,
    args: { first: t.arg.int({ description: 'How many, 1 to 100 (default 20).' }) },
    resolve: (_root, { first }, { db }) => latestNotes(db, Math.min(Math.max(first ?? 20, 1), 100)),
  }),
);

const AddNoteInput = builder.inputType('Add__Name__NoteInput', {
  description: 'A note to add.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'What to note: 1 to 2000 characters.' }),
  }),
});

builder.mutationField('add__Name__Note', (t) =>
  t.field({
    type: Note,
    description: 'Add a note.',
    authScopes: WRITE,
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: AddNoteInput, required: true, description: 'What to add.' }) },
    resolve: async (_root, { input }, { db }) => {
      const note = decideNote(input.text);
      if (note instanceof ValidationError) throw note;
      return insertNote(db, note);
    },
  }),
);
