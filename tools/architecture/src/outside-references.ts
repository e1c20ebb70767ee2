import { statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, readText } from './repository.ts';

// Built from parts, so that this file does not name what it looks for.
const SHARED = ['..', 'shared'].join('/');
const OUTSIDE = new RegExp(`${SHARED.replace(/\./g, '\\.')}|/work/${'shared'}`);
const TEXT = /\.(ts|mts|mjs|js|json|md|graphql|ya?ml|sql|sh)$|^run$/;

/** Files that refer to documents outside the repository (`../shared/...`), which a clone lacks. */
export function outsideReferences(root: string, places: readonly string[]): string[] {
  return places
    .flatMap((place) =>
      statSync(join(root, place)).isFile() ? [place] : filesUnder(root, place, (name) => TEXT.test(name)),
    )
    .filter((file) => OUTSIDE.test(readText(root, file)));
}
