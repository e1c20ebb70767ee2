import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FieldDefinitionNode, Kind, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type TeamOperation, teamOperations } from '../src/release/operation-use.ts';
import { planRelease } from '../src/release/plan.ts';
import { invalidOperations, readOperations } from '../src/trusted-documents/validate-operations.ts';

const GATEWAY_DIR = fileURLToPath(new URL('..', import.meta.url));
const OPERATIONS_DIR = join(GATEWAY_DIR, 'operations');
const API = readFileSync(join(GATEWAY_DIR, 'schema', 'api.graphql'), 'utf8');
const SUPERGRAPH = readFileSync(join(GATEWAY_DIR, 'schema', 'supergraph.graphql'), 'utf8');
const OPERATIONS = readOperations(OPERATIONS_DIR);
const WMO = relative(process.cwd(), join(OPERATIONS_DIR, 'council', 'wmo.graphql'));
const ROOM_PLANNER_WEEK = relative(process.cwd(), join(OPERATIONS_DIR, 'room-planner', 'week.graphql'));
const ROOM_PLANNER_FRAGMENTS = relative(
  process.cwd(),
  join(OPERATIONS_DIR, 'room-planner', 'fragments.graphql'),
);

/** The public schema with `<typeName>.<field>` changed by `change` (null deletes it). */
function withField(
  typeName: string,
  field: string,
  change: (node: FieldDefinitionNode) => FieldDefinitionNode | null,
) {
  let found = false;
  const document = visit(parse(API), {
    ObjectTypeDefinition(type) {
      if (type.name.value !== typeName) return undefined;
      return {
        ...type,
        fields: type.fields?.flatMap((node) => {
          if (node.name.value !== field) return [node];
          found = true;
          const changed = change(node);
          return changed ? [changed] : [];
        }),
      };
    },
  });
  expect(found, `${typeName}.${field} is in api.graphql`).toBe(true);
  return print(document);
}

const withQueryField = (field: string, change: (node: FieldDefinitionNode) => FieldDefinitionNode | null) =>
  withField('Query', field, change);

describe('registered operations against the public schema', () => {
  it('all registered operations of every team validate against api.graphql', () => {
    const teams = new Set(OPERATIONS.map(({ file }) => relative(OPERATIONS_DIR, file).split(/[\\/]/)[0]));
    expect([...teams].sort()).toEqual(['buurtkamer', 'case-worker', 'council', 'room-planner']);
    expect(invalidOperations(API, OPERATIONS)).toEqual([]);
  });

  it('validates an operation with the fragments it takes from its team’s other files', () => {
    const week = OPERATIONS.find(({ file }) => file === ROOM_PLANNER_WEEK);
    expect(week?.text).toMatch(/fragment RoomPlannerGap on CoverageGap/);
    expect(week?.text).toMatch(/fragment RoomPlannerPresence on PresenceSlot/);
    // A file of fragments alone is no operation of its own.
    expect(OPERATIONS.map(({ file }) => file)).not.toContain(ROOM_PLANNER_FRAGMENTS);
    const schema = withField('CoverageGap', 'minutes', () => null);
    expect(invalidOperations(schema, OPERATIONS)).toEqual([
      {
        file: ROOM_PLANNER_WEEK,
        messages: [expect.stringContaining('Cannot query field "minutes" on type "CoverageGap".')],
      },
    ]);
  });

  it('refuses a fragment name defined twice in one team', () => {
    const dir = mkdtempSync(join(tmpdir(), 'operations-'));
    writeFileSync(join(dir, 'a.graphql'), 'fragment Name on Room { name }\nquery A { rooms { ...Name } }\n');
    writeFileSync(join(dir, 'b.graphql'), 'fragment Name on Room { id }\n');
    expect(() => readOperations(dir)).toThrow(/fragment Name is also defined in .*a\.graphql/);
  });

  it('names the file and the message when a field an operation uses is removed', () => {
    const schema = withQueryField('clientStatisticsSeries', () => null);
    expect(invalidOperations(schema, OPERATIONS)).toEqual([
      {
        file: WMO,
        messages: [
          expect.stringMatching(/^Cannot query field "clientStatisticsSeries" on type "Query"\..* \(2:3\)$/),
        ],
      },
    ]);
  });

  it('names the file and the message when an argument changes type', () => {
    const schema = withQueryField('clientStatisticsSeries', (node) => ({
      ...node,
      arguments: node.arguments?.map((argument) =>
        argument.name.value === 'from'
          ? {
              ...argument,
              type: {
                kind: Kind.NON_NULL_TYPE,
                type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'Int' } },
              },
            }
          : argument,
      ),
    }));
    const invalid = invalidOperations(schema, OPERATIONS);
    expect(invalid.map(({ file }) => file)).toEqual([WMO]);
    expect(invalid[0]!.messages).toContainEqual(
      expect.stringContaining('Variable "$from" of type "Date!" used in position expecting type "Int!".'),
    );
  });

  it('refuses a field that only the supergraph has (@inaccessible)', () => {
    expect(SUPERGRAPH).toMatch(/hasOpenDebtCase: Boolean @inaccessible/);
    const operation = {
      file: 'operations/example/debt.graphql',
      text: 'query HouseholdDebt($id: ID!) { household(id: $id) { id hasOpenDebtCase } }',
    };
    expect(invalidOperations(API, [operation])).toEqual([
      {
        file: operation.file,
        messages: [expect.stringContaining('Cannot query field "hasOpenDebtCase" on type "Household".')],
      },
    ]);
    // The same operation without the internal field is fine: the refusal is about that field.
    const publicOnly = { ...operation, text: operation.text.replace(' hasOpenDebtCase', '') };
    expect(invalidOperations(API, [publicOnly])).toEqual([]);
  });

  it('reports an operation that does not parse', () => {
    const invalid = invalidOperations(API, [{ file: 'broken.graphql', text: 'query Broken { rooms { id }' }]);
    expect(invalid).toEqual([
      { file: 'broken.graphql', messages: [expect.stringContaining('Syntax Error')] },
    ]);
  });
});

describe('releasing a schema that registered operations use', () => {
  const RELEASED = `
"Rooms." type Query { "A room." room(id: ID!): Room "Rooms." rooms(status: RoomStatus): [Room!]! }
"A room." type Room {
  "Id." id: ID!
  "Status." status: RoomStatus!
  "Old name." title: String @deprecated(reason: "Use name.")
  "Name." name: String!
}
"Status." enum RoomStatus { "Open." OPEN "Closed." CLOSED }
`;
  const operations: TeamOperation[] = [
    { team: 'planner', file: 'operations/planner/rooms.graphql', text: 'query Rooms { rooms { id title } }' },
    {
      team: 'desk',
      file: 'operations/desk/room.graphql',
      text: 'query Room($id: ID!) { room(id: $id) { name } }',
    },
    {
      team: 'desk',
      file: 'operations/desk/open.graphql',
      text: 'query Open { rooms(status: OPEN) { id status } }',
    },
  ];
  const release = (current: string, acceptBreaking?: string) =>
    planRelease({
      released: RELEASED,
      current,
      // Room.title was deprecated long enough ago to be removed.
      changelog: '## Schema release 1 — 2026-08-01\n\n### Safe\n\n- Field `Room.title` is deprecated\n',
      date: '2026-11-29',
      operations,
      ...(acceptBreaking && { acceptBreaking }),
    });
  const withoutTitle = RELEASED.replace('"Old name." title: String @deprecated(reason: "Use name.")', '');

  it('refuses a release that an operation no longer validates against, naming the team and the file', async () => {
    const plan = await release(withoutTitle);
    expect(plan.outcome).toBe('refused');
    const reasons = plan.outcome === 'refused' ? plan.reasons.join('\n') : '';
    expect(reasons).toContain('1 registered operation(s) no longer validate against the new schema');
    expect(reasons).toContain(
      'team planner, operations/planner/rooms.graphql: Cannot query field "title" on type "Room".',
    );
    expect(reasons).not.toContain('operations/desk/');
  });

  it('releases it with --accept-breaking, the entry naming the teams each change touches', async () => {
    const plan = await release(withoutTitle, 'title was deprecated in favour of name.');
    expect(plan.outcome).toBe('release');
    expect(plan.outcome === 'release' && plan.entry).toContain(
      '- Field `title` (deprecated) was removed from object type `Room` — touches operations of planner (rooms.graphql)\n',
    );
  });

  it('names every team a dangerous change touches, and none for a change no operation meets', async () => {
    const current = RELEASED.replace('"Closed." CLOSED', '"Closed." CLOSED "Full." FULL').replace(
      '"Name." name: String!',
      '"Name." name: String! "Floor." floor: Int',
    );
    const plan = await release(current);
    if (plan.outcome !== 'release') throw new Error(`expected a release, got ${JSON.stringify(plan)}`);
    expect(plan.entry).toContain(
      '- Enum value `FULL` was added to enum `RoomStatus` — touches operations of desk (open.graphql)\n',
    );
    expect(plan.entry).toContain('- Field `floor` was added to object type `Room`\n');
    // Without the operations the entry is as it always was.
    const plain = await planRelease({
      released: RELEASED,
      current,
      changelog: undefined,
      date: '2026-11-29',
    });
    expect(plain.outcome === 'release' && plain.entry).toContain(
      '- Enum value `FULL` was added to enum `RoomStatus`\n',
    );
  });

  it('takes each team from its directory under operations/', () => {
    const teams = teamOperations(OPERATIONS_DIR);
    expect(teams.find((operation) => operation.file === WMO)?.team).toBe('council');
    expect(new Set(teams.map((operation) => operation.team))).toEqual(
      new Set(['buurtkamer', 'case-worker', 'council', 'room-planner']),
    );
  });
});
