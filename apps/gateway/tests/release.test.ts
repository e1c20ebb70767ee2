import { describe, expect, it } from 'vitest';
import { CHANGELOG_PREAMBLE, nextReleaseNumber, withEntry } from '../src/release/changelog.ts';
import { schemaChanges } from '../src/release/changes.ts';
import { planRelease, type ReleaseInput } from '../src/release/plan.ts';

// Small schemas, so that each test shows exactly the change it is about.
const RELEASED = `
"Rooms." type Query { "A room." room(id: ID!): Room }
"A room." type Room {
  "Id." id: ID!
  "Status." status: RoomStatus!
  "Name." name: String!
  "Old name." title: String @deprecated(reason: "Use name.")
}
"Status." enum RoomStatus { "Open." OPEN "Closed." CLOSED "Gone." GONE @deprecated(reason: "Never used.") }
`;

const release = (current: string, more: Partial<ReleaseInput> = {}) =>
  planRelease({ released: RELEASED, current, changelog: undefined, date: '2026-11-29', ...more });

/** The changelog of a release on `date` that deprecated what `released` deprecates (by planRelease itself). */
async function changelogDeprecating(released: string, date = '2026-08-01'): Promise<string> {
  const before = released.replace(/ @deprecated\(reason: "[^"]*"\)/g, '');
  const plan = await planRelease({ released: before, current: released, changelog: undefined, date });
  if (plan.outcome !== 'release') throw new Error(`expected a release, got ${JSON.stringify(plan)}`);
  return plan.changelog;
}

const lines = async (current: string) => {
  const changes = await schemaChanges(RELEASED, current);
  return {
    breaking: changes.breaking.map((c) => c.line),
    dangerous: changes.dangerous.map((c) => c.line),
    safe: changes.safe.map((c) => c.line),
  };
};

describe('classifying schema changes', () => {
  it('finds nothing between a schema and itself', async () => {
    expect(await lines(RELEASED)).toEqual({ breaking: [], dangerous: [], safe: [] });
    expect(await release(RELEASED)).toEqual({ outcome: 'nothing' });
  });

  it('a field that becomes nullable is breaking', async () => {
    expect(await lines(RELEASED.replace('status: RoomStatus!', 'status: RoomStatus'))).toEqual({
      breaking: ['Field `Room.status` changed type from `RoomStatus!` to `RoomStatus`'],
      dangerous: [],
      safe: [],
    });
  });

  it('a new value of an existing enum is dangerous', async () => {
    const changes = await lines(RELEASED.replace('"Open." OPEN', '"Open." OPEN "Full." FULL'));
    expect(changes.breaking).toEqual([]);
    expect(changes.dangerous).toEqual(['Enum value `FULL` was added to enum `RoomStatus`']);
  });

  it('additions are safe, a new type in one line with its fields folded in', async () => {
    const current = RELEASED.replace(
      '"A room." room(id: ID!): Room',
      '"A room." room(id: ID!): Room "Areas." areas: [Area!]!',
    )
      .replace('"Id." id: ID!', '"Id." id: ID! "Capacity." capacity: Int')
      .concat('"An area." type Area { "Id." id: ID! "Name." name(short: Boolean): String! }\n');
    expect(await lines(current)).toEqual({
      breaking: [],
      dangerous: [],
      safe: [
        'Object type `Area` was added',
        'Field `areas` was added to object type `Query`',
        'Field `capacity` was added to object type `Room`',
      ],
    });
  });

  it('a changed description is safe, named without its text', async () => {
    expect((await lines(RELEASED.replace('"Name." name', '"The name on the door." name'))).safe).toEqual([
      'Description of `Room.name` changed',
    ]);
  });
});

describe('releasing', () => {
  const nullableStatus = RELEASED.replace('status: RoomStatus!', 'status: RoomStatus');

  it('refuses a breaking change without a reason, saying how to accept it', async () => {
    const plan = await release(nullableStatus);
    expect(plan.outcome).toBe('refused');
    expect(plan.outcome === 'refused' && plan.reasons.join('\n')).toContain('--accept-breaking');
    expect(await release(nullableStatus, { acceptBreaking: '   ' })).toMatchObject({ outcome: 'refused' });
  });

  it('releases a breaking change accepted with a reason, which goes into the entry', async () => {
    const plan = await release(nullableStatus, {
      acceptBreaking: 'Status is unknown for rooms being built.',
    });
    expect(plan.outcome).toBe('release');
    if (plan.outcome !== 'release') return;
    expect(plan.entry).toBe(
      [
        '## Schema release 1 — 2026-11-29',
        '',
        '### Breaking',
        '',
        'Accepted: Status is unknown for rooms being built.',
        '',
        '- Field `Room.status` changed type from `RoomStatus!` to `RoomStatus`',
        '',
        '### Dangerous',
        '',
        'None.',
        '',
        '### Safe',
        '',
        'None.',
        '',
      ].join('\n'),
    );
  });

  it('accepts the removal of a field, or an enum value, that the released schema deprecated', async () => {
    const changelog = await changelogDeprecating(RELEASED);
    const withoutTitle = RELEASED.replace('"Old name." title: String @deprecated(reason: "Use name.")', '');
    expect(await release(withoutTitle, { changelog })).toMatchObject({ outcome: 'refused' });
    const plan = await release(withoutTitle, {
      changelog,
      acceptBreaking: 'title was deprecated in favour of name.',
    });
    expect(plan).toMatchObject({ outcome: 'release' });
    expect(plan.outcome === 'release' && plan.entry).toContain(
      '- Field `title` (deprecated) was removed from object type `Room`',
    );
    const withoutGone = RELEASED.replace('"Gone." GONE @deprecated(reason: "Never used.")', '');
    expect(await release(withoutGone, { changelog, acceptBreaking: 'Never used.' })).toMatchObject({
      outcome: 'release',
    });
  });

  it('refuses the removal of a field that was not deprecated, even when breaking changes are accepted', async () => {
    const plan = await release(RELEASED.replace('"Name." name: String!', ''), {
      acceptBreaking: 'Nobody uses it.',
    });
    expect(plan.outcome).toBe('refused');
    const reasons = plan.outcome === 'refused' ? plan.reasons.join('\n') : '';
    expect(reasons).toContain('Field `name` was removed from object type `Room`');
    expect(reasons).toContain('Deprecate first');
  });

  it('treats a deprecated argument like a deprecated field', async () => {
    const released = RELEASED.replace(
      'room(id: ID!)',
      'room(id: ID!, "Old." code: String @deprecated(reason: "Use id."), "Floor." floor: Int)',
    );
    const changelog = await changelogDeprecating(released);
    expect(changelog).toContain('- Argument `Query.room.code` is deprecated\n');
    const accept = { released, changelog, acceptBreaking: 'Arguments nobody needs.' };
    expect(
      await release(released.replace('"Old." code: String @deprecated(reason: "Use id."),', ''), accept),
    ).toMatchObject({
      outcome: 'release',
    });
    expect(await release(released.replace(', "Floor." floor: Int', ''), accept)).toMatchObject({
      outcome: 'refused',
      reasons: [expect.stringContaining('Deprecate first')],
    });
  });

  it('keeps a deprecated field until the deprecation window has passed since the release that deprecated it', async () => {
    const changelog = await changelogDeprecating(RELEASED, '2026-09-01');
    const withoutTitle = RELEASED.replace('"Old name." title: String @deprecated(reason: "Use name.")', '');
    const accept = { changelog, acceptBreaking: 'title was deprecated in favour of name.' };
    const early = await release(withoutTitle, { ...accept, date: '2026-11-29' });
    expect(early).toMatchObject({
      outcome: 'refused',
      reasons: [
        expect.stringContaining(
          '- Field `title` (deprecated) was removed from object type `Room`: deprecated in schema release 1 (2026-09-01), removable from 2026-11-30',
        ),
      ],
    });
    expect(await release(withoutTitle, { ...accept, date: '2026-11-30' })).toMatchObject({
      outcome: 'release',
    });
  });

  it('counts the window from the latest release that deprecated it, and refuses when none did', async () => {
    const withoutTitle = RELEASED.replace('"Old name." title: String @deprecated(reason: "Use name.")', '');
    const accept = { acceptBreaking: 'title was deprecated in favour of name.' };
    expect(await release(withoutTitle, accept)).toMatchObject({
      outcome: 'refused',
      reasons: [expect.stringContaining('no release in CHANGELOG.md records its deprecation')],
    });
    // Deprecated long ago, then no longer, then again last month: the last deprecation counts.
    const again = `${CHANGELOG_PREAMBLE}\n## Schema release 3 — 2026-11-01\n\n### Safe\n\n- Field \`Room.title\` is deprecated\n\n## Schema release 2 — 2026-06-01\n\n### Safe\n\n- Field \`Room.title\` is no longer deprecated\n\n## Schema release 1 — 2026-01-01\n\n### Safe\n\n- Field \`Room.title\` is deprecated\n`;
    expect(await release(withoutTitle, { ...accept, changelog: again })).toMatchObject({
      outcome: 'refused',
      reasons: [
        expect.stringContaining('deprecated in schema release 3 (2026-11-01), removable from 2027-01-30'),
      ],
    });
  });

  it('records the deprecation of an argument and of an input field', async () => {
    const released = `"Q." type Query { "R." rooms("F." filter: Filter, "O." old: Int): Int }
"F." input Filter { "A." a: Int "B." b: Int }`;
    const current = released
      .replace('"O." old: Int', '"O." old: Int @deprecated(reason: "Use filter.")')
      .replace('"B." b: Int', '"B." b: Int @deprecated(reason: "Use a.")');
    const changes = await schemaChanges(released, current);
    expect(changes.safe.map((change) => change.line)).toEqual([
      'Input field `Filter.b` is deprecated',
      'Argument `Query.rooms.old` is deprecated',
    ]);
    const back = await schemaChanges(current, released);
    expect(back.safe.map((change) => change.line)).toEqual([
      'Input field `Filter.b` is no longer deprecated',
      'Argument `Query.rooms.old` is no longer deprecated',
    ]);
  });

  it('writes the entry on top of a new changelog, with its preamble', async () => {
    const plan = await release(RELEASED.replace('"Name." name', '"Door sign." name'), { note: 'First.' });
    expect(plan.outcome === 'release' && plan.changelog).toBe(
      `${CHANGELOG_PREAMBLE}\n## Schema release 1 — 2026-11-29\n\nFirst.\n\n### Breaking\n\nNone.\n\n### Dangerous\n\nNone.\n\n### Safe\n\n- Description of \`Room.name\` changed\n`,
    );
  });

  it('numbers releases on from the changelog and puts the newest first', async () => {
    const first = await release(RELEASED.replace('"Name." name', '"Door sign." name'));
    if (first.outcome !== 'release') throw new Error('expected a release');
    const second = await release(RELEASED.replace('"Id." id', '"Identifier." id'), {
      changelog: first.changelog,
      date: '2026-12-01',
    });
    if (second.outcome !== 'release') throw new Error('expected a release');
    expect(second.number).toBe(2);
    const headings = second.changelog.match(/^## .*$/gm);
    expect(headings).toEqual(['## Schema release 2 — 2026-12-01', '## Schema release 1 — 2026-11-29']);
    expect(second.changelog.startsWith(CHANGELOG_PREAMBLE)).toBe(true);
    expect(nextReleaseNumber(second.changelog)).toBe(3);
    expect(nextReleaseNumber(undefined)).toBe(1);
  });

  it('keeps whatever stands above the first entry', () => {
    expect(
      withEntry(
        '# Changelog\n\nOur words.\n\n## Schema release 1 — x\n\nOld.\n',
        '## Schema release 2 — y\n',
      ),
    ).toBe('# Changelog\n\nOur words.\n\n## Schema release 2 — y\n\n## Schema release 1 — x\n\nOld.\n');
  });
});
