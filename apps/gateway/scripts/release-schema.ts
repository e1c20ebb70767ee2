// `pnpm release-schema` (from the repository root): releases the public schema. See USAGE.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { API_SCHEMA_FILE, composeSupergraph, RELEASED_API_SCHEMA_FILE, REPO_ROOT } from '../src/compose.ts';
import { teamOperations } from '../src/release/operation-use.ts';
import { planRelease } from '../src/release/plan.ts';

const USAGE = `Usage:
  pnpm release-schema [--accept-breaking "<reason>"] [--note "<text>"] [--dry-run]

Compares apps/gateway/schema/api.graphql (run \`pnpm compose\` first) with the last released
schema, api.released.graphql. When they differ, writes an entry on top of CHANGELOG.md listing
every change as breaking, dangerous or safe — each breaking or dangerous one with the teams whose
registered operations (apps/gateway/operations/<team>/) it touches — and makes api.graphql the
released schema, and regenerates the teams' typed operations and manifests (pnpm codegen), so
schema, changelog, types and manifests change in one commit. With no change it writes nothing. A
release after which a registered operation no longer validates is refused, naming the team and the
file. A deprecated element is removed no earlier than 90 days after the release that deprecated it.

--accept-breaking  release breaking changes, for this reason (it goes into the entry; say what
                   clients must do). Without it a breaking change, or a registered operation
                   that no longer validates, is refused. A field, argument,
                   input field or enum value is removed only when the released schema had it
                   @deprecated, even with this flag.
--note             a sentence about the release, put under its heading.
--dry-run          print the entry, write nothing.`;

const CHANGELOG_FILE = new URL('CHANGELOG.md', REPO_ROOT);
const shown = (file: URL) => relative(fileURLToPath(REPO_ROOT), fileURLToPath(file));

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let values: { 'accept-breaking'?: string; note?: string; 'dry-run'?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      'accept-breaking': { type: 'string' },
      note: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}

const current = readFileSync(API_SCHEMA_FILE, 'utf8');
// Releasing a stale api.graphql would record changes the subgraphs no longer make (or miss some).
if (composeSupergraph().apiSdl !== current)
  fail(`${shown(API_SCHEMA_FILE)} is not what the subgraphs compose to now: run \`pnpm compose\` first.`, 1);

const plan = await planRelease({
  released: readFileSync(RELEASED_API_SCHEMA_FILE, 'utf8'),
  current,
  changelog: existsSync(CHANGELOG_FILE) ? readFileSync(CHANGELOG_FILE, 'utf8') : undefined,
  date: new Date().toISOString().slice(0, 10),
  operations: teamOperations(fileURLToPath(new URL('apps/gateway/operations/', REPO_ROOT))),
  ...(values['accept-breaking'] !== undefined && { acceptBreaking: values['accept-breaking'] }),
  ...(values.note !== undefined && { note: values.note }),
});

switch (plan.outcome) {
  case 'nothing':
    console.log(`Nothing to release: ${shown(API_SCHEMA_FILE)} is the released schema.`);
    break;
  case 'refused':
    fail(`Not released.\n\n${plan.reasons.join('\n\n')}`, 1);
    break;
  case 'release': {
    const { breaking, dangerous, safe } = plan.changes;
    if (values['accept-breaking'] !== undefined && !breaking.length)
      console.log('(No breaking change: --accept-breaking was not needed and is not recorded.)');
    if (values['dry-run']) {
      console.log(`Would release (dry run, nothing written):\n\n${plan.entry}`);
      break;
    }
    writeFileSync(CHANGELOG_FILE, plan.changelog);
    copyFileSync(API_SCHEMA_FILE, RELEASED_API_SCHEMA_FILE);
    // The teams' typed documents and manifests follow the released schema.
    execFileSync(process.execPath, ['scripts/pnpm.mjs', '--silent', 'codegen', '--errors-only'], {
      cwd: fileURLToPath(REPO_ROOT),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(
      `Released schema release ${plan.number}: ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe change(s).\n` +
        `Wrote ${shown(CHANGELOG_FILE)}, ${shown(RELEASED_API_SCHEMA_FILE)} and the teams' apps/gateway/operations/*/generated/; commit them together.`,
    );
  }
}
