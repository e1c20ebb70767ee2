import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decision, register } from './fixtures.ts';
import { type ClientsUnderTest, MIEP, startClients } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

/** Mutations that no domain rule can refuse, so their result has no `RuleViolationError`. */
const RULE_FREE = new Set(['fileComplaint']);

type Payload = { __typename: string; id?: string; version?: number; field?: string; [key: string]: unknown };

async function mutate(
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  selection: string,
  caller?: object,
) {
  const data = await graph.data<Record<string, Payload>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { message } ${RULE_FREE.has(name) ? '' : '... on RuleViolationError { field }'} ${selection} } }`,
    { input },
    caller,
  );
  return data[name]!;
}

describe('support requests (P1)', () => {
  it('records a request at a room and lets a professional, not a volunteer, assess it', async () => {
    const clientId = await register(graph, 300);
    const walkInWithoutRoom = await mutate(
      'recordSupportRequest',
      'RecordSupportRequestInput',
      {
        clientId,
        channel: 'WALK_IN_ROOM',
        lifeDomains: ['FINANCIEN'],
      },
      '... on ValidationError { field }',
    );
    expect(walkInWithoutRoom).toMatchObject({ __typename: 'ValidationError', field: 'roomId' });
    const request = await mutate(
      'recordSupportRequest',
      'RecordSupportRequestInput',
      {
        clientId,
        channel: 'WALK_IN_ROOM',
        roomId: 'room-de-klomp',
        lifeDomains: ['FINANCIEN', 'WONEN'],
        receivedOn: '2021-03-01',
      },
      '... on SupportRequest { id version outcome room { id } }',
    );
    expect(request).toMatchObject({
      __typename: 'SupportRequest',
      outcome: null,
      room: { id: 'room-de-klomp' },
    });
    // worker-00002 is a volunteer: no case-system account.
    const byVolunteer = await mutate(
      'assessSupportRequest',
      'AssessSupportRequestInput',
      {
        id: request.id,
        version: 1,
        workerId: 'worker-00002',
        outcome: 'SOCIALE_BASIS',
      },
      '',
    );
    expect(byVolunteer.__typename).toBe('NotFoundError');
    const byJetToAanvullend = await mutate(
      'assessSupportRequest',
      'AssessSupportRequestInput',
      {
        id: request.id,
        version: 1,
        workerId: 'worker-00009',
        outcome: 'AANVULLEND_REFERRAL',
      },
      '',
    );
    expect(byJetToAanvullend).toMatchObject({ __typename: 'RuleViolationError', field: 'workerId' });
    const assessed = await mutate(
      'assessSupportRequest',
      'AssessSupportRequestInput',
      {
        id: request.id,
        version: 1,
        workerId: 'worker-00001',
        outcome: 'AANVULLEND_REFERRAL',
        assessedOn: '2021-03-02',
      },
      '... on SupportRequest { outcome version }',
    );
    expect(assessed).toMatchObject({ outcome: 'AANVULLEND_REFERRAL', version: 2 });
    const twice = await mutate(
      'assessSupportRequest',
      'AssessSupportRequestInput',
      {
        id: request.id,
        version: 2,
        workerId: 'worker-00001',
        outcome: 'BASIS',
      },
      '',
    );
    expect(twice.__typename).toBe('RuleViolationError');
  });
});

const DEBT_SIGNAL_MOVED =
  'A debt signal (vroeg- or laatsignalering) is registered by the debt subgraph ' +
  '(debt subgraph: registerDebtSignal)';

describe('a debt signal is the debt subgraph’s (BR-CL18)', () => {
  it('refuses a request on the channel DEBT_SIGNAL, storing nothing and asking nobody', async () => {
    const clientId = await register(graph, 310);
    const asked = () => graph.youth.lookups.length + graph.debt.lookups.length;
    const before = asked();
    for (const caller of [undefined, MIEP]) {
      const signal = await mutate(
        'recordSupportRequest',
        'RecordSupportRequestInput',
        { clientId, channel: 'DEBT_SIGNAL', source: 'THIRD_PARTY_CONCERN', lifeDomains: ['FINANCIEN'] },
        '... on DebtSignalMovedError { field }',
        caller,
      );
      expect(signal).toEqual({
        __typename: 'DebtSignalMovedError',
        message: DEBT_SIGNAL_MOVED,
        field: 'channel',
      });
    }
    // Refused before visibility is looked up: neither youth nor debt was asked for the provider's key.
    expect(asked()).toBe(before);
    const { client } = await graph.data<{ client: { supportRequests: unknown[] } }>(
      'query ($id: ID!) { client(id: $id) { supportRequests { id } } }',
      { id: clientId },
    );
    expect(client.supportRequests).toEqual([]);
    // The resident's own question about money, at the front door, is still a support request here.
    const question = await mutate(
      'recordSupportRequest',
      'RecordSupportRequestInput',
      { clientId, channel: 'OUTREACH', lifeDomains: ['FINANCIEN'] },
      '... on SupportRequest { id channel }',
    );
    expect(question).toMatchObject({ __typename: 'SupportRequest', channel: 'OUTREACH' });
  });

  it('keeps DEBT_SIGNAL in the enum, deprecated with where it lives now, and the database refuses one', async () => {
    const { __type } = await graph.data<{
      __type: { enumValues: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] };
    }>(
      '{ __type(name: "RequestChannel") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    );
    expect(__type.enumValues.filter((v) => v.isDeprecated)).toEqual([
      { name: 'DEBT_SIGNAL', isDeprecated: true, deprecationReason: DEBT_SIGNAL_MOVED },
    ]);
    const clientId = await register(graph, 311);
    await expect(
      graph.subgraph.database.db.execute(
        sql`insert into clients.support_requests (id, client_id, received_on, channel, source, life_domains)
          values ('request-debt', ${clientId}, '2022-01-03', 'DEBT_SIGNAL', 'THIRD_PARTY_CONCERN', '{FINANCIEN}')`,
      ),
    ).rejects.toThrow();
  });
});

describe('decisions and objections (P2, P11)', () => {
  it('lets only the municipality decide, sets the Awb term and decides an objection once', async () => {
    const clientId = await register(graph, 301);
    const asProvider = await graph.subgraph.query(
      'mutation { fileObjection(input: { decisionId: "x" }) { __typename } }',
      { caller: MIEP },
    );
    expect(asProvider.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const in2020 = await mutate(
      'issueDecision',
      'IssueDecisionInput',
      {
        clientId,
        kind: 'AANVULLEND_MAATWERK',
        outcome: 'GRANTED',
        adviceByOrganisationId: 'org-amaryllis',
        adviceSummary: 'Specialistische begeleiding',
        issuedOn: '2020-06-01',
        validFrom: '2020-07-01',
      },
      '',
    );
    expect(in2020).toMatchObject({ __typename: 'RuleViolationError', field: 'destination2021' });
    const refused = await decision(graph, clientId, 'REFUSED');
    const objection = await mutate(
      'fileObjection',
      'FileObjectionInput',
      { decisionId: refused.id, filedOn: '2021-02-10' },
      '... on Objection { id version decisionDue advisoryCommittee outcome }',
    );
    // Issued on 20 January: the bezwaar term ends on 3 March, the decision is due six weeks later
    // (not six weeks after filing, 24 March), twelve with an advisory committee.
    expect(objection).toMatchObject({
      __typename: 'Objection',
      decisionDue: '2021-04-14',
      advisoryCommittee: false,
      outcome: null,
    });
    const heardByCommittee = await mutate(
      'fileObjection',
      'FileObjectionInput',
      { decisionId: refused.id, filedOn: '2021-02-10', advisoryCommittee: true },
      '... on Objection { decisionDue advisoryCommittee }',
    );
    expect(heardByCommittee).toMatchObject({ decisionDue: '2021-05-26', advisoryCommittee: true });
    const decided = await mutate(
      'decideObjection',
      'DecideObjectionInput',
      { id: objection.id, version: 1, outcome: 'ONGEGROND', decidedOn: '2021-03-20' },
      '... on Objection { outcome version }',
    );
    expect(decided).toMatchObject({ outcome: 'ONGEGROND', version: 2 });
    const again = await mutate(
      'decideObjection',
      'DecideObjectionInput',
      { id: objection.id, version: 2, outcome: 'GEGROND' },
      '',
    );
    expect(again.__typename).toBe('RuleViolationError');
  });
});

describe('complaints (P10)', () => {
  it('climbs the ladder one rung at a time and stops at the external committee', async () => {
    const clientId = await register(graph, 302);
    let complaint = await mutate(
      'fileComplaint',
      'FileComplaintInput',
      { clientId, providerId: 'org-amaryllis', subject: 'TREATMENT', raisedOn: '2021-04-01' },
      '... on Complaint { id version level status }',
    );
    expect(complaint).toMatchObject({ level: 'MEDEWERKER', status: 'OPEN' });
    for (const level of ['LEIDINGGEVENDE', 'KLACHTENBEMIDDELAAR_AANBIEDER', 'EXTERNE_KLACHTENCOMMISSIE']) {
      complaint = await mutate(
        'escalateComplaint',
        'ComplaintStepInput',
        { id: complaint.id, version: complaint.version },
        '... on Complaint { id version level status }',
      );
      expect(complaint.level).toBe(level);
    }
    const beyond = await mutate(
      'escalateComplaint',
      'ComplaintStepInput',
      { id: complaint.id, version: complaint.version },
      '',
    );
    expect(beyond.__typename).toBe('RuleViolationError');
    const resolved = await mutate(
      'resolveComplaint',
      'ComplaintStepInput',
      { id: complaint.id, version: complaint.version, on: '2021-09-01' },
      '... on Complaint { status }',
    );
    expect(resolved).toMatchObject({ status: 'RESOLVED' });
  });
});

describe('housing links and extensions', () => {
  it('solves an open housing link once', async () => {
    const { clients } = await graph.data<{
      clients: { edges: { node: { housingLinks: { id: string; status: string; version: number }[] } }[] };
    }>('{ clients(first: 100) { edges { node { housingLinks { id status version } } } } }');
    const open = clients.edges.flatMap((e) => e.node.housingLinks).find((l) => l.status === 'OPEN');
    if (!open) throw new Error('The seed has open housing links among its first 100 clients');
    const solved = await mutate(
      'solveHousingLink',
      'SolveHousingLinkInput',
      { id: open.id, version: open.version, solvedOn: '2021-05-01' },
      '... on HousingLink { status solvedOn }',
    );
    expect(solved).toMatchObject({ status: 'SOLVED', solvedOn: '2021-05-01' });
    const again = await mutate(
      'solveHousingLink',
      'SolveHousingLinkInput',
      { id: open.id, version: open.version + 1 },
      '',
    );
    expect(again.__typename).toBe('RuleViolationError');
  });

  it('resolves caseload, coordinated households and area counts in batches', async () => {
    const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Organisation { id caseload { byPillar { pillar clients } } }
      ... on Worker { id coordinatedHouseholds { id } }
      ... on Area { id householdCount { value secret } clientCount { value } }
    } }`;
    const before = graph.subgraph.database.statementCount;
    const { _entities } = await graph.data<{ _entities: Record<string, unknown>[] }>(ENTITIES, {
      reps: [
        { __typename: 'Organisation', id: 'org-amaryllis' },
        { __typename: 'Organisation', id: 'org-windkracht058' },
        { __typename: 'Worker', id: 'worker-00001' },
        { __typename: 'Worker', id: 'worker-00004' },
        { __typename: 'Area', id: 'area-noord' },
        { __typename: 'Area', id: 'area-west' },
      ],
    });
    expect(
      (_entities[0]!.caseload as { byPillar: { pillar: string }[] }).byPillar.map((p) => p.pillar),
    ).toContain('BASIS');
    expect((_entities[2]!.coordinatedHouseholds as unknown[]).length).toBeGreaterThan(0);
    expect((_entities[4]!.householdCount as { value: number }).value).toBeGreaterThan(0);
    // caseload, assignments, households, area counts: one query each, whatever the number of entities
    expect(graph.subgraph.database.statementCount - before).toBeLessThanOrEqual(4);
    const provider = await graph.subgraph.query<{ _entities: { caseload: unknown }[] }>(ENTITIES, {
      variables: { reps: [{ __typename: 'Organisation', id: 'org-amaryllis' }] },
      caller: MIEP,
    });
    expect(provider.body.data?._entities[0]?.caseload).toBeNull();
    expect(provider.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
