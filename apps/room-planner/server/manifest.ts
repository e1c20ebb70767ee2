import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/**
 * The room planner's persisted documents, `{ "sha256:<hex>": "<text>" }` as `pnpm codegen` writes
 * them: the only ids this server forwards. Throws naming the file when it is missing or malformed,
 * or when an id is not the SHA-256 of its text.
 */
export function loadManifest(file: string): ReadonlySet<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the persisted-document manifest ${file}: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`The persisted-document manifest ${file} is not an object of document texts by id`);
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (!entries.length) throw new Error(`The persisted-document manifest ${file} has no documents`);
  for (const [id, text] of entries) {
    const hex = DOCUMENT_ID.exec(id)?.[1];
    if (!hex || typeof text !== 'string' || createHash('sha256').update(text, 'utf8').digest('hex') !== hex)
      throw new Error(
        `The persisted-document manifest ${file}: ${id} is not sha256:<hex> of its text; run \`pnpm codegen\``,
      );
  }
  return new Set(entries.map(([id]) => id));
}
