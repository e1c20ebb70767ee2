import { basename } from 'node:path';
import { invalidOperations } from '../trusted-documents/validate-operations.ts';
import { changelogEntry, nextReleaseNumber, withEntry } from './changelog.ts';
import {
  deprecatedRemovals,
  hasChanges,
  type SchemaChange,
  type SchemaChanges,
  schemaChanges,
  undeprecatedRemovals,
} from './changes.ts';
import { DEPRECATION_WINDOW_DAYS, removalsInsideWindow } from './deprecation-window.ts';
import { operationUse, type TeamOperation } from './operation-use.ts';

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
  /**
   * The registered operations of the teams (`teamOperations`): the release is refused when one no
   * longer validates against the current schema, unless breaking changes are accepted, and each
   * breaking or dangerous change names the teams whose operations it touches.
   */
  operations?: readonly TeamOperation[];
}

export type ReleasePlan =
  | { outcome: 'nothing' }
  | { outcome: 'refused'; changes: SchemaChanges; reasons: string[] }
  | { outcome: 'release'; changes: SchemaChanges; number: number; entry: string; changelog: string };

const list = (lines: readonly string[]) => lines.map((line) => `  - ${line}`).join('\n');

/**
 * Decides a schema release without touching any file: nothing to release when the schemas do not
 * differ; refused when a breaking change is not accepted with a reason, or when something is
 * removed that the released schema did not deprecate or deprecated less than the deprecation
 * window ago (by the changelog), or when a registered operation no longer
 * validates and breaking changes are not accepted; otherwise the new changelog.
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
  const early = removalsInsideWindow(
    deprecatedRemovals(changes, input.released),
    input.changelog,
    input.date,
  );
  if (early.length)
    reasons.push(
      `Removed within the deprecation window of ${DEPRECATION_WINDOW_DAYS} days:\n${list(early)}\n` +
        'Clients have that long after the release that deprecated it: keep it until then.',
    );
  const acceptBreaking = input.acceptBreaking?.trim();
  const shown = withTeams(input, changes);
  if (changes.breaking.length && !acceptBreaking)
    reasons.push(
      `${changes.breaking.length} breaking change(s) against the released schema:\n${list(shown.breaking.map((c) => c.line))}\n` +
        'A breaking change ships only on purpose: run `pnpm release-schema --accept-breaking "<why, and what clients must do>"`.',
    );
  const invalid = input.operations?.length ? invalidOperations(input.current, input.operations) : [];
  if (invalid.length && !acceptBreaking) {
    const team = new Map(input.operations?.map((operation) => [operation.file, operation.team]));
    reasons.push(
      `${invalid.length} registered operation(s) no longer validate against the new schema:\n` +
        list(invalid.map(({ file, messages }) => `team ${team.get(file)}, ${file}: ${messages.join(' ')}`)) +
        '\nChange the operation with its team first, or, when the break is intended, release with `--accept-breaking "<why, and what clients must do>"`.',
    );
  }
  if (reasons.length) return { outcome: 'refused', changes, reasons };
  const number = nextReleaseNumber(input.changelog);
  const entry = changelogEntry({
    number,
    date: input.date,
    changes: shown,
    ...(acceptBreaking && { breakingReason: acceptBreaking }),
    ...(input.note?.trim() && { note: input.note }),
  });
  return { outcome: 'release', changes, number, entry, changelog: withEntry(input.changelog, entry) };
}

/** The breaking and dangerous changes, each line naming the teams whose operations it touches. */
function withTeams(input: ReleaseInput, changes: SchemaChanges): SchemaChanges {
  if (!input.operations?.length) return changes;
  const touching = operationUse(input.released, input.current, input.operations);
  const named = (change: SchemaChange): SchemaChange => {
    const byTeam = new Map<string, string[]>();
    for (const { team, file } of touching(change)) byTeam.set(team, [...(byTeam.get(team) ?? []), file]);
    if (!byTeam.size) return change;
    const teams = [...byTeam].map(([team, files]) => `${team} (${files.map((f) => basename(f)).join(', ')})`);
    return { ...change, line: `${change.line} — touches operations of ${teams.join(', ')}` };
  };
  return { ...changes, breaking: changes.breaking.map(named), dangerous: changes.dangerous.map(named) };
}
