import type { SchemaChange, SchemaChanges } from './changes.ts';

/** What a new CHANGELOG.md starts with, above the entries (newest first). */
export const CHANGELOG_PREAMBLE = `# Changelog

Releases of Mienskip's public GraphQL schema, newest first. Each entry is written by
\`pnpm release-schema\`, which compares the composed public schema (\`apps/gateway/schema/api.graphql\`)
with the last released one (\`apps/gateway/schema/api.released.graphql\`) and sorts every change:
**breaking** (a query that worked may now fail; released only with a stated reason), **dangerous**
(queries keep working but may behave differently, such as a new enum value) and **safe**.
`;

const HEADING = /^## Schema release (\d+)\b/gm;

export interface ChangelogEntry {
  number: number;
  /** The day of the release, `YYYY-MM-DD`. */
  date: string;
  changes: SchemaChanges;
  /** Why the breaking changes were accepted (required when there are any). */
  breakingReason?: string;
  /** A sentence or two about the release as a whole. */
  note?: string;
}

/** The number the next release gets: one more than the highest in the changelog, 1 for the first. */
export function nextReleaseNumber(changelog: string | undefined): number {
  const numbers = [...(changelog ?? '').matchAll(HEADING)].map((match) => Number(match[1]));
  return Math.max(0, ...numbers) + 1;
}

export function changelogEntry(entry: ChangelogEntry): string {
  const section = (title: string, changes: readonly SchemaChange[], intro?: string) => [
    `### ${title}`,
    '',
    ...(intro ? [intro, ''] : []),
    ...(changes.length ? changes.map((change) => `- ${change.line}`) : ['None.']),
    '',
  ];
  return [
    `## Schema release ${entry.number} — ${entry.date}`,
    '',
    ...(entry.note ? [entry.note.trim(), ''] : []),
    ...section(
      'Breaking',
      entry.changes.breaking,
      entry.changes.breaking.length && entry.breakingReason
        ? `Accepted: ${entry.breakingReason.trim()}`
        : undefined,
    ),
    ...section('Dangerous', entry.changes.dangerous),
    ...section('Safe', entry.changes.safe),
  ].join('\n');
}

/** The changelog with `entry` on top of the earlier entries (a new changelog when there is none). */
export function withEntry(changelog: string | undefined, entry: string): string {
  const existing = changelog ?? CHANGELOG_PREAMBLE;
  const first = existing.search(/^## /m);
  const [head, entries] = first < 0 ? [existing, ''] : [existing.slice(0, first), existing.slice(first)];
  return `${head.trimEnd()}\n\n${entry.trimEnd()}\n${entries ? `\n${entries.trimEnd()}\n` : ''}`;
}
