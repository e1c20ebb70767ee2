import { prng } from '@mienskip/kit/rules';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDebtSignals } from '../../src/db/synthetic-signals.ts';
import { debtSignals, outreachAttempts } from '../../src/db/tables.ts';
import {
  BASIS,
  BASIS_WITHOUT_PERSONAL,
  counts,
  MUNICIPALITY,
  mutate,
  OTHER,
  type Payload,
  type SignalsUnderTest,
  startSignals,
  WORKER,
} from './helpers.ts';

let graph: SignalsUnderTest;
/** The row counts before each test: a refusal must leave them as they are. */
let before: Record<string, number>;

beforeAll(async () => {
  graph = await startSignals();
});
afterAll(() => graph?.close());
beforeEach(async () => {
  before = await counts(graph);
});

/** Asserts that the payload is the named typed error and that nothing changed. */
async function refused(payload: Payload, typename: string): Promise<Payload> {
  expect(payload.__typename).toBe(typename);
  expect(payload.message).toEqual(expect.any(String));
  expect(await counts(graph)).toEqual(before);
  return payload;
}

const SIGNAL = '... on DebtSignal { id status pickedUpOn outcome closedOn version organisation { id } }';
const register = (input: Record<string, unknown>, caller = BASIS) =>
  mutate(
    graph,
    'registerDebtSignal',
    'RegisterDebtSignalInput',
    {
      clientId: 'client-test-1',
      kind: 'VROEG',
      partner: 'HUUR',
      signalledOn: '2021-06-01',
      receivedOn: '2021-06-02',
      arrears: '850.00',
      ...input,
    },
    caller,
    SIGNAL,
  );
const attempt = (input: Record<string, unknown>, caller = BASIS) =>
  mutate(
    graph,
    'recordOutreachAttempt',
    'RecordOutreachAttemptInput',
    { kind: 'TELEFOON', dayPart: 'OCHTEND', reached: false, attemptedOn: '2021-06-03', ...input },
    caller,
    '... on OutreachAttempt { id reached signal { status pickedUpOn version } }',
  );
const close = (input: Record<string, unknown>, caller = BASIS) =>
  mutate(
    graph,
    'closeDebtSignal',
    'CloseDebtSignalInput',
    { closedOn: '2021-06-20', ...input },
    caller,
    SIGNAL,
  );

describe('registering a signal (BR-DB23–BR-DB25, BR-DB36)', () => {
  it('the basis registers and handles it; it starts not picked up; the write is logged for the client', async () => {
    const signal = await register({});
    expect(signal).toMatchObject({
      __typename: 'DebtSignal',
      status: 'NOG_NIET_OPGEPAKT',
      pickedUpOn: null,
      organisation: { id: 'org-test-basis' },
    });
    expect(graph.log.entries).toContainEqual(
      expect.objectContaining({ action: 'WRITE', subjectId: 'client-test-1', subjectType: 'Client' }),
    );
  });

  it('the municipality may register too', async () => {
    expect((await register({ clientId: 'client-test-3' }, MUNICIPALITY)).__typename).toBe('DebtSignal');
  });

  it('refuses another provider than the basis (NotSignalHandlerError) and stores nothing', async () => {
    await refused(await register({}, OTHER), 'NotSignalHandlerError');
  });

  it('refuses a client clients does not know, bad dates and broken arrears, storing nothing', async () => {
    await refused(await register({ clientId: 'client-unknown' }), 'NotFoundError');
    await refused(await register({ receivedOn: '2021-05-31' }), 'SignalDateError');
    await refused(await register({ signalledOn: '2999-01-01', receivedOn: '2999-01-02' }), 'SignalDateError');
    await refused(await register({ arrears: '850.50' }), 'ValidationError');
  });

  it('refuses when clients cannot be asked (OwnerUnavailableError), storing nothing', async () => {
    graph.clients.failing = true;
    try {
      await refused(await register({ clientId: 'client-never-asked' }), 'OwnerUnavailableError');
    } finally {
      graph.clients.failing = false;
    }
  });
});

describe('outreach and closing (BR-DB27–BR-DB29, BR-DB32, BR-DB37)', () => {
  let signalId: string;
  let version: number;

  beforeAll(async () => {
    const signal = await register({ clientId: 'client-test-2' });
    signalId = signal.id!;
    version = signal.version as number;
  });

  it('refuses an attempt before the signal came in, by an unknown worker, or on a signal of another organisation', async () => {
    await refused(await attempt({ signalId, attemptedOn: '2021-06-01' }), 'SignalDateError');
    await refused(await attempt({ signalId, workerId: 'worker-unknown' }), 'NotFoundError');
    await refused(await attempt({ signalId }, OTHER), 'NotFoundError');
  });

  it('the first attempt picks the signal up (NOG_NIET_OPGEPAKT → OPGEPAKT)', async () => {
    const first = await attempt({ signalId, workerId: WORKER });
    expect(first).toMatchObject({
      __typename: 'OutreachAttempt',
      signal: { status: 'OPGEPAKT', pickedUpOn: '2021-06-03' },
    });
    version = (first.signal as { version: number }).version;
    const second = await attempt({ signalId, attemptedOn: '2021-06-05', dayPart: 'AVOND' });
    expect(second.signal).toMatchObject({ status: 'OPGEPAKT', pickedUpOn: '2021-06-03', version });
  });

  it('refuses an outcome that does not fit the outreach, a stale version and a day before the last attempt', async () => {
    await refused(
      await close({ signalId, outcome: 'VERWIJZING_FINANCIEEL', expectedVersion: version }),
      'SignalOutcomeMismatchError',
    );
    await refused(
      await close({ signalId, outcome: 'NIET_OPGEPAKT', expectedVersion: version }),
      'SignalOutcomeMismatchError',
    );
    await refused(
      await close({ signalId, outcome: 'GEEN_CONTACT', expectedVersion: version - 1 }),
      'VersionConflictError',
    );
    await refused(
      await close({ signalId, outcome: 'GEEN_CONTACT', closedOn: '2021-06-04', expectedVersion: version }),
      'SignalDateError',
    );
  });

  it('closes once with its outcome; then refuses attempts and a second outcome', async () => {
    const closed = await close({ signalId, outcome: 'GEEN_CONTACT', expectedVersion: version });
    expect(closed).toMatchObject({ outcome: 'GEEN_CONTACT', closedOn: '2021-06-20', status: 'OPGEPAKT' });
    before = await counts(graph);
    await refused(await attempt({ signalId, attemptedOn: '2021-06-21' }), 'DebtSignalClosedError');
    await refused(
      await close({ signalId, outcome: 'WIL_GEEN_HULP', expectedVersion: closed.version }),
      'DebtSignalClosedError',
    );
  });

  it('closes a signal never picked up with the reason as its status', async () => {
    const signal = await register({ clientId: 'client-test-3', kind: 'LAAT', partner: 'BELASTINGDIENST' });
    const closed = await close({
      signalId: signal.id,
      outcome: 'NIET_OPGEPAKT',
      notPickedUpStatus: 'HERHAALDE_MELDING',
      expectedVersion: signal.version,
    });
    expect(closed).toMatchObject({ status: 'HERHAALDE_MELDING', outcome: 'NIET_OPGEPAKT' });
  });
});

describe('reading signals (BR-DB26, BR-DB31)', () => {
  const LIST = `query ($first: Int) { debtSignals(first: $first) { totalCount edges { node { id kind reached attempts { id kind dayPart worker { id } } case { id } area { id } } } } }`;
  type List = { debtSignals: { totalCount: number | null; edges: { node: { id: string } }[] } };

  it('another organisation sees none of them, not even by id', async () => {
    const own = await graph.data<List>(LIST, { first: 100 }, BASIS);
    expect(own.debtSignals.edges.length).toBeGreaterThan(0);
    const other = await graph.data<List>(LIST, { first: 100 }, OTHER);
    expect(other.debtSignals.edges).toEqual([]);
    const id = own.debtSignals.edges[0]!.node.id;
    expect(
      (
        await graph.data<{ debtSignal: unknown }>(
          'query ($id: ID!) { debtSignal(id: $id) { id } }',
          { id },
          OTHER,
        )
      ).debtSignal,
    ).toBeNull();
    expect(
      (
        await graph.data<{ debtSignal: { id: string } }>(
          'query ($id: ID!) { debtSignal(id: $id) { id } }',
          { id },
          BASIS,
        )
      ).debtSignal.id,
    ).toBe(id);
  });

  it('filters by kind, status and open', async () => {
    const query = `query { debtSignals(first: 100, kind: LAAT, open: false, status: HERHAALDE_MELDING) { edges { node { kind status outcome } } } }`;
    const { debtSignals: page } = await graph.data<{
      debtSignals: { edges: { node: { kind: string; status: string } }[] };
    }>(query, undefined, BASIS);
    expect(page.edges.length).toBeGreaterThan(0);
    for (const { node } of page.edges)
      expect(node).toMatchObject({ kind: 'LAAT', status: 'HERHAALDE_MELDING' });
  });

  it('arrears and client need personal-data; without it they are refused (FORBIDDEN) and nothing is logged', async () => {
    const entries = graph.log.entries.length;
    const response = await graph.subgraph.query<{
      debtSignals: { edges: { node: { arrears: string | null } }[] };
    }>('query { debtSignals(first: 5) { edges { node { id arrears client { id } } } } }', {
      caller: BASIS_WITHOUT_PERSONAL,
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(graph.log.entries.length).toBe(entries);
  });

  it('the personal fields of a page are logged once per client they are about', async () => {
    const batches = graph.log.batches.length;
    const { debtSignals: page } = await graph.data<{
      debtSignals: { edges: { node: { arrears: string | null; client: { id: string } } }[] };
    }>('query { debtSignals(first: 100) { edges { node { arrears client { id } } } } }', undefined, BASIS);
    expect(page.edges.some((e) => e.node.arrears === '850.00')).toBe(true);
    const entries = graph.log.batches.slice(batches).flatMap((batch) => batch.entries);
    const clients = new Set(page.edges.map((e) => e.node.client.id));
    const reads = entries.filter((e) => e.action === 'READ');
    expect(reads.map((e) => e.subjectId).sort()).toEqual([...clients].sort());
    expect(
      reads.every((e) => e.fields.includes('debtSignal.arrears') && e.fields.includes('debtSignal.client')),
    ).toBe(true);
  });

  it('reads a page with its attempts, reached, case and personal fields in statements that do not grow with it', async () => {
    // 60+ synthetic signals of the basis, with their attempts, straight into the tables.
    const clients = Array.from({ length: 400 }, (_, i) => ({
      id: `client-synthetic-${i}`,
      householdId: `household-synthetic-${i}`,
      areaId: 'area-noord',
    }));
    const rows = generateDebtSignals(prng(7), clients, {
      organisationId: 'org-test-basis',
      workerIds: [WORKER],
      from: '2021-01-01',
      to: '2021-12-31',
      share: 0.2,
    });
    const db = graph.subgraph.database.db;
    // Ids of their own, beside the seed's signals.
    await db.insert(debtSignals).values(rows.debtSignals.map((row) => ({ ...row, id: `test-${row.id}` })));
    await db.insert(outreachAttempts).values(
      rows.outreachAttempts.map((row) => ({
        ...row,
        id: `test-${row.id}`,
        signalId: `test-${row.signalId}`,
      })),
    );
    const statements = async (first: number) => {
      const start = graph.subgraph.database.statementCount;
      const { debtSignals: page } = await graph.data<List>(
        `query ($first: Int) { debtSignals(first: $first) { totalCount edges { node { id arrears client { id } reached attempts { id } case { id } } } } }`,
        { first },
        BASIS,
      );
      expect(page.edges.length).toBe(first);
      return graph.subgraph.database.statementCount - start;
    };
    const small = await statements(5);
    const large = await statements(50);
    expect(large).toBe(small);
  });
});
