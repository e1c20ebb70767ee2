import { ValidationError } from '@mienskip/kit/rules';

// An example rule, to be replaced by the subgraph's own: pure (no GraphQL, no SQL, no I/O), so
// that a unit test calls it directly. Resolvers load, call a rule like this one, then write.

export const NOTE_MAX_LENGTH = 2000;

/** A note as it will be stored. */
export interface NewNote {
  text: string;
}

/** Decides a new note: its text trimmed, or a refusal when that is empty or too long. */
export function decideNote(text: string): NewNote | ValidationError {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > NOTE_MAX_LENGTH)
    return new ValidationError('text', `A note has 1 to ${NOTE_MAX_LENGTH} characters`);
  return { text: trimmed };
}
