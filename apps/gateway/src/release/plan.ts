import { changelogEntry, nextReleaseNumber, withEntry } from './changelog.ts';
import { hasChanges, type SchemaChanges, schemaChanges, undeprecatedRemovals } from './changes.ts';

export interface ReleaseInput {
  /** The last released public schema (SDL). */
  released: string;
  /** The public schema to release (SDL). */
  current: string;
  /** CHANGELOG.md as it is; undefined when there is none yet. */
  changelog: string | undefined;
  /** The day of the release, `YYYY-MM-DD`. */
  date: string;
  /** Accepts the breaking changes, for this reason (it goes into the entry). */
  acceptBreaking?: string;
  note?: string;
}

export type ReleasePlan =
  | { outcome: 'nothing' }
  | { outcome: 'refused'; changes: SchemaChanges; reasons: string[] }
  | { outcome: 'release'; changes: SchemaChanges; number: number; entry: string; changelog: string };

const list = (lines: readonly string[]) => lines.map((line) => `  - ${line}`).join('\n');

/**
 * Decides a schema release without touching any file: nothing to release when the schemas do not
 * differ; refused when a breaking change is not accepted with a reason, or when something is
 * removed that the released schema did not deprecate; otherwise the new changelog.
 */
export async function planRelease(input: ReleaseInput): Promise<ReleasePlan> {
  const changes = await schemaChanges(input.released, input.current);
  if (!hasChanges(changes)) return { outcome: 'nothing' };
  const reasons: string[] = [];
  const undeprecated = undeprecatedRemovals(changes, input.released);
  if (undeprecated.length)
    reasons.push(
      `Removed without being deprecated in the released schema:\n${list(undeprecated.map((c) => c.line))}\n` +
        'Deprecate first: keep it, marked @deprecated(reason: "Use … instead."), release that, and remove it in a later release.',
    );
  const acceptBreaking = input.acceptBreaking?.trim();
  if (changes.breaking.length && !acceptBreaking)
    reasons.push(
      `${changes.breaking.length} breaking change(s) against the released schema:\n${list(changes.breaking.map((c) => c.line))}\n` +
        'A breaking change ships only on purpose: run `pnpm release-schema --accept-breaking "<why, and what clients must do>"`.',
    );
  if (reasons.length) return { outcome: 'refused', changes, reasons };
  const number = nextReleaseNumber(input.changelog);
  const entry = changelogEntry({
    number,
    date: input.date,
    changes,
    ...(acceptBreaking && { breakingReason: acceptBreaking }),
    ...(input.note?.trim() && { note: input.note }),
  });
  return { outcome: 'release', changes, number, entry, changelog: withEntry(input.changelog, entry) };
}
