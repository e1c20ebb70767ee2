import type { SchemaChange } from './changes.ts';

/**
 * How long clients have to move off a deprecated field, argument, input field or enum value: it may
 * be removed no earlier than this many days after the schema release that deprecated it.
 */
export const DEPRECATION_WINDOW_DAYS = 90;

const ENTRY = /^## Schema release (\d+) — (\d{4}-\d{2}-\d{2})/gm;
const DAY_MS = 86_400_000;

export interface DeprecationRelease {
  number: number;
  /** `YYYY-MM-DD`. */
  date: string;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The latest release whose changelog entry records `element` (`Type.field`, `Type.field.argument`,
 * `Input.field` or `Enum.VALUE`) as deprecated; undefined when no entry does.
 */
export function deprecationRelease(
  changelog: string | undefined,
  element: string,
): DeprecationRelease | undefined {
  const headings = [...(changelog ?? '').matchAll(ENTRY)];
  const recorded = new RegExp(`\`${escaped(element)}\` (is|was) deprecated`);
  for (const [index, heading] of headings.entries()) {
    const body = changelog!.slice(heading.index, headings[index + 1]?.index);
    if (recorded.test(body)) return { number: Number(heading[1]), date: heading[2]! };
  }
  return undefined;
}

/** The first day `element`, deprecated in `release`, may be removed. */
export function removableFrom(release: DeprecationRelease): string {
  return new Date(Date.parse(release.date) + DEPRECATION_WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Of the removals of deprecated elements, those the changelog does not show deprecated at least
 * `DEPRECATION_WINDOW_DAYS` before `date`, each with a line saying why. Pure.
 */
export function removalsInsideWindow(
  removals: readonly SchemaChange[],
  changelog: string | undefined,
  date: string,
): string[] {
  return removals.flatMap((change) => {
    const release = deprecationRelease(changelog, change.path);
    if (!release) return [`${change.line}: no release in CHANGELOG.md records its deprecation`];
    const from = removableFrom(release);
    return from > date
      ? [
          `${change.line}: deprecated in schema release ${release.number} (${release.date}), removable from ${from}`,
        ]
      : [];
  });
}
