import { filesUnder, readText } from './repository.ts';

// Rule ids: `BR-A3`, `BR-CL4` (business rules), `R-004-30` (the Alliantie note's), `P5` (processes).
// A comment may name several: `BR-E1–E3` is E1, E2 and E3; `BR-A3/A4` is A3 and A4.
const BUSINESS = /\bBR-([A-Z]+)(\d+)((?:\s*[–/]\s*(?:BR-)?[A-Z]*\d+)*)/g;
const MORE = /\s*([–/])\s*(?:BR-)?([A-Z]*)(\d+)/g;
const OTHER = /\b(R-\d{3}-\d{2}|P\d{1,2})\b/g;

/** The rule ids a text names, with ranges and lists spelled out. */
export function ruleIdsIn(text: string): string[] {
  const ids = new Set<string>();
  for (const [, letters, first, tail] of text.matchAll(BUSINESS)) {
    let previous = { letters: letters!, number: Number(first) };
    ids.add(`BR-${previous.letters}${previous.number}`);
    for (const [, separator, more, number] of tail!.matchAll(MORE)) {
      const next = { letters: more || previous.letters, number: Number(number) };
      if (separator === '–' && next.letters === previous.letters)
        for (let n = previous.number + 1; n < next.number; n++) ids.add(`BR-${next.letters}${n}`);
      ids.add(`BR-${next.letters}${next.number}`);
      previous = next;
    }
  }
  for (const [id] of text.matchAll(OTHER)) ids.add(id);
  return [...ids].sort();
}

/** The ids a catalogue of rules lists, exactly as written. */
export function listedIds(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(BR-[A-Z]+\d+|R-\d{3}-\d{2}|P\d{1,2})\b/g)].map(([id]) => id));
}

/** Every rule id named in the code and tests under `dirs` that `docsFile` does not list, with where. */
export function unlistedRuleIds(
  root: string,
  dirs: readonly string[],
  docsFile: string,
): Map<string, string[]> {
  const listed = listedIds(readText(root, docsFile));
  const unlisted = new Map<string, string[]>();
  for (const file of dirs.flatMap((dir) => filesUnder(root, dir, (name) => /\.(ts|mjs)$/.test(name))))
    for (const id of ruleIdsIn(readText(root, file)))
      if (!listed.has(id)) unlisted.set(id, [...(unlisted.get(id) ?? []), file]);
  return unlisted;
}
