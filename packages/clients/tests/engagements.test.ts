import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decision, referral, register, START, start } from './fixtures.ts';
import { type ClientsUnderTest, MIEP, startClients, WINDKRACHT } from './helpers.ts';

let graph: ClientsUnderTest;
beforeAll(async () => {
  graph = await startClients();
});
afterAll(() => graph?.close());

const aanvullend = {
  pillar: 'AANVULLEND',
  kind: 'THUISONDERSTEUNING',
  provisionType: 'MAATWERK',
  accessRoute: 'VERWIJSBRIEF',
  providerId: 'org-windkracht058',
  hoursPerWeek: 4,
  structural: true,
  startedOn: '2021-03-01',
};

async function engagementCount(clientId: string): Promise<number> {
  const { client } = await graph.data<{ client: { engagements: unknown[] } }>(
    'query ($id: ID!) { client(id: $id) { engagements { id } } }',
    { id: clientId },
  );
  return client.engagements.length;
}

describe('startEngagement', () => {
  it('starts aanvullend with a referral issued by a basis worker', async () => {
    const clientId = await register(graph, 100);
    const letter = await referral(graph, clientId);
    expect(letter.__typename).toBe('Referral');
    const engagement = await start(graph, { ...aanvullend, clientId, referralId: letter.id });
    expect(engagement).toMatchObject({
      __typename: 'SupportEngagement',
      provider: { id: 'org-windkracht058' },
    });
  });

  it('refuses aanvullend without a referral or decision, and a referral by a non-basis worker, changing nothing', async () => {
    const clientId = await register(graph, 101);
    expect(await start(graph, { ...aanvullend, clientId })).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'referralId',
    });
    expect(await start(graph, { ...aanvullend, clientId, accessRoute: 'DIRECT' })).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'accessRoute',
    });
    // worker-00009 is a JET member: not allowed to refer to aanvullend.
    expect(await referral(graph, clientId, 'worker-00009')).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'workerId',
    });
    expect(await engagementCount(clientId)).toBe(0);
  });

  it('allows a PGB only for maatwerk and a PGB-competent client (BR-A6)', async () => {
    const notCompetent = await register(graph, 102);
    const letter = await referral(graph, notCompetent);
    expect(
      await start(graph, {
        ...aanvullend,
        clientId: notCompetent,
        referralId: letter.id,
        deliveryForm: 'PGB',
      }),
    ).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'deliveryForm',
    });
    const competent = await register(graph, 103, { pgbCompetent: true });
    const letter2 = await referral(graph, competent);
    expect(
      await start(graph, { ...aanvullend, clientId: competent, referralId: letter2.id, deliveryForm: 'PGB' }),
    ).toMatchObject({
      __typename: 'SupportEngagement',
      deliveryForm: 'PGB',
    });
    expect(
      await start(graph, {
        clientId: competent,
        pillar: 'BASIS',
        kind: 'THUISONDERSTEUNING',
        provisionType: 'ALGEMEEN',
        accessRoute: 'DIRECT',
        deliveryForm: 'PGB',
        providerId: 'org-amaryllis',
      }),
    ).toMatchObject({ __typename: 'RuleViolationError', field: 'deliveryForm' });
    expect(await engagementCount(notCompetent)).toBe(0);
  });

  it('starts household help on a granted decision valid at the start, not on a refused one', async () => {
    const clientId = await register(graph, 104);
    const hh = {
      pillar: 'AANVULLEND',
      kind: 'HULP_BIJ_HET_HUISHOUDEN',
      provisionType: 'MAATWERK',
      accessRoute: 'BESCHIKKING',
      providerId: 'org-miep',
      clientId,
    };
    const refused = await decision(graph, clientId, 'REFUSED');
    expect(await start(graph, { ...hh, decisionId: refused.id, startedOn: '2021-03-01' })).toMatchObject({
      __typename: 'RuleViolationError',
    });
    const granted = await decision(graph, clientId);
    expect(await start(graph, { ...hh, decisionId: granted.id, startedOn: '2022-03-01' })).toMatchObject({
      field: 'startedOn',
    });
    expect(await start(graph, { ...hh, decisionId: granted.id, startedOn: '2021-03-01' })).toMatchObject({
      __typename: 'SupportEngagement',
    });
  });

  it('lets a provider key start engagements at its own organisation only', async () => {
    const clientId = await register(graph, 105);
    const letter = await referral(graph, clientId);
    const response = await graph.subgraph.query<{ startEngagement: { __typename: string; field?: string } }>(
      `mutation ($input: StartEngagementInput!) { startEngagement(input: $input) { __typename ... on RuleViolationError { field } } }`,
      {
        variables: { input: { ...aanvullend, clientId, referralId: letter.id, providerId: 'org-mindup' } },
        caller: WINDKRACHT,
      },
    );
    expect(response.body.data?.startEngagement).toEqual({
      __typename: 'RuleViolationError',
      field: 'providerId',
    });
  });

  it('ends with a reason and refuses a stale version', async () => {
    const clientId = await register(graph, 106);
    const engagement = await start(graph, {
      clientId,
      pillar: 'BASIS',
      kind: 'DAGBESTEDING',
      provisionType: 'ALGEMEEN',
      accessRoute: 'DIRECT',
      providerId: 'org-amaryllis',
      startedOn: '2021-02-01',
    });
    const END = `mutation ($input: EndEngagementInput!) { endEngagement(input: $input) { __typename ... on SupportEngagement { version } ... on Error { message } } }`;
    const stale = await graph.data<{ endEngagement: { __typename: string } }>(END, {
      input: { id: engagement.id, version: 2, endedOn: '2021-06-30', reason: 'GOAL_REACHED' },
    });
    expect(stale.endEngagement.__typename).toBe('VersionConflictError');
    const ended = await graph.data<{ endEngagement: { __typename: string } }>(END, {
      input: { id: engagement.id, version: 1, endedOn: '2021-06-30', reason: 'GOAL_REACHED' },
    });
    expect(ended.endEngagement).toEqual({ __typename: 'SupportEngagement', version: 2 });
  });
});

describe('which pillar delivers which kind, and who starts household help', () => {
  async function startAs(caller: typeof MIEP, input: Record<string, unknown>) {
    const response = await graph.subgraph.query<{ startEngagement: { __typename: string; field?: string } }>(
      START,
      { variables: { input }, caller },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.startEngagement;
  }

  it('refuses participation as aanvullend maatwerk or PGB (BR-CL14)', async () => {
    const clientId = await register(graph, 110, { pgbCompetent: true });
    for (const kind of ['PARTICIPATIE']) {
      const granted = await decision(graph, clientId);
      expect(
        await start(graph, {
          clientId,
          kind,
          pillar: 'AANVULLEND',
          provisionType: 'MAATWERK',
          deliveryForm: 'PGB',
          accessRoute: 'BESCHIKKING',
          decisionId: granted.id,
          providerId: 'org-windkracht058',
          startedOn: '2021-03-01',
        }),
      ).toMatchObject({ __typename: 'RuleViolationError', field: 'pillar' });
      expect(
        await start(graph, {
          clientId,
          kind,
          pillar: 'BASIS',
          provisionType: 'ALGEMEEN',
          accessRoute: 'DIRECT',
          providerId: 'org-amaryllis',
        }),
      ).toMatchObject({ __typename: 'SupportEngagement' });
    }
    expect(await engagementCount(clientId)).toBe(1);
  });

  it('lets a household-help provider start household help for its client without referral or beschikking (BR-A10)', async () => {
    const clientId = await register(graph, 111);
    const householdHelp = {
      clientId,
      pillar: 'AANVULLEND',
      kind: 'HULP_BIJ_HET_HUISHOUDEN',
      provisionType: 'MAATWERK',
      accessRoute: 'DIRECT',
      providerId: 'org-miep',
      structural: true,
      startedOn: '2021-02-01',
    };
    // Another provider cannot start it for M.I.E.P.; before 2021 a beschikking was needed.
    expect(await startAs(WINDKRACHT, householdHelp)).toMatchObject({ field: 'providerId' });
    expect(await startAs(MIEP, { ...householdHelp, startedOn: '2020-12-01' })).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'accessRoute',
    });
    // Other aanvullend support still needs a referral or beschikking.
    expect(await startAs(MIEP, { ...householdHelp, kind: 'THUISONDERSTEUNING' })).toMatchObject({
      field: 'accessRoute',
    });
    expect(await engagementCount(clientId)).toBe(0);
    expect(await startAs(MIEP, householdHelp)).toMatchObject({ __typename: 'SupportEngagement' });
    // The municipality may record it too.
    expect(
      await start(graph, { ...householdHelp, providerId: 'org-thfl', startedOn: '2021-03-01' }),
    ).toMatchObject({
      __typename: 'SupportEngagement',
    });
    expect(await engagementCount(clientId)).toBe(2);
  });
});

describe('a referral starts one engagement, of its kind (BR-CL13)', () => {
  it('refuses a second engagement on a referral, and one of another kind, changing nothing', async () => {
    const clientId = await register(graph, 112);
    const letter = await referral(graph, clientId); // issued for THUISONDERSTEUNING
    expect(
      await start(graph, { ...aanvullend, clientId, referralId: letter.id, kind: 'DAGBESTEDING' }),
    ).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'kind',
    });
    expect(await start(graph, { ...aanvullend, clientId, referralId: letter.id })).toMatchObject({
      __typename: 'SupportEngagement',
    });
    expect(
      await start(graph, { ...aanvullend, clientId, referralId: letter.id, startedOn: '2021-06-01' }),
    ).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'referralId',
    });
    expect(await engagementCount(clientId)).toBe(1);
  });

  it('holds when two starts on one referral race: exactly one wins', async () => {
    const clientId = await register(graph, 113);
    const letter = await referral(graph, clientId);
    const results = await Promise.all(
      [0, 1, 2].map(() => start(graph, { ...aanvullend, clientId, referralId: letter.id })),
    );
    expect(results.filter((r) => r.__typename === 'SupportEngagement')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'RuleViolationError')).toHaveLength(2);
    expect(await engagementCount(clientId)).toBe(1);
  });
});

describe('abonnementstarief (BR-E1–E3)', () => {
  const CHARGES =
    'query ($id: ID!, $year: Int!) { client(id: $id) { charges(year: $year) { month amount } } }';
  const basis = {
    pillar: 'BASIS',
    provisionType: 'ALGEMEEN',
    accessRoute: 'DIRECT',
    providerId: 'org-amaryllis',
    structural: true,
    startedOn: '2020-11-02',
  };

  it('charges the 2020 rate for a structural Wmo provision; debt assistance is not recorded here, so never charged', async () => {
    const wmo = await register(graph, 107);
    expect(await start(graph, { ...basis, clientId: wmo, kind: 'THUISONDERSTEUNING' })).toMatchObject({
      __typename: 'SupportEngagement',
    });
    const { client } = await graph.data<{ client: { charges: unknown[] } }>(CHARGES, { id: wmo, year: 2020 });
    expect(client.charges).toEqual([
      { month: '2020-11', amount: '19.00' },
      { month: '2020-12', amount: '19.00' },
    ]);

    const notWmo = await register(graph, 108);
    // Debt help (Wgs) is the debt subgraph's (BR-CL17): refused here, so it cannot lead to a charge.
    expect(await start(graph, { ...basis, clientId: notWmo, kind: 'SCHULDHULPVERLENING' })).toMatchObject({
      __typename: 'DebtHelpMovedError',
    });
    const other = await graph.data<{ client: { charges: unknown[] } }>(CHARGES, { id: notWmo, year: 2020 });
    expect(other.client.charges).toEqual([]);
  });

  it('answers a year without a known rate with BAD_USER_INPUT naming the known years, not with a guess', async () => {
    const clientId = await register(graph, 109);
    await start(graph, { ...basis, clientId, kind: 'THUISONDERSTEUNING' });
    const response = await graph.subgraph.query<{ client: { charges: null } }>(CHARGES, {
      variables: { id: clientId, year: 2021 },
    });
    expect(response.body.data?.client.charges).toBeNull();
    expect(response.body.errors).toMatchObject([
      {
        message: 'No abonnementstarief is known for 2021 (known for 2020)',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });
});

describe('light parenting support is the youth subgraph’s (BR-CL16)', () => {
  const MOVED =
    'Light parenting support (lichte opvoedondersteuning) is recorded by the youth subgraph ' +
    '(youth subgraph: startLightParentingSupport)';

  it('refuses to start it in any pillar or on any route, storing nothing', async () => {
    const clientId = await register(graph, 114, { pgbCompetent: true });
    const granted = await decision(graph, clientId);
    for (const input of [
      { pillar: 'BASIS', provisionType: 'ALGEMEEN', accessRoute: 'DIRECT', providerId: 'org-amaryllis' },
      { pillar: 'SOCIALE_BASIS', provisionType: 'ALGEMEEN', accessRoute: 'DIRECT', providerId: 'org-vol' },
      {
        pillar: 'AANVULLEND',
        provisionType: 'MAATWERK',
        accessRoute: 'BESCHIKKING',
        decisionId: granted.id,
        providerId: 'org-windkracht058',
      },
    ]) {
      expect(await start(graph, { ...input, clientId, kind: 'LICHTE_OPVOEDONDERSTEUNING' })).toEqual({
        __typename: 'LightParentingSupportMovedError',
        message: MOVED,
      });
    }
    expect(await engagementCount(clientId)).toBe(0);
  });

  it('refuses a referral to it, storing nothing', async () => {
    const clientId = await register(graph, 115);
    const { issueReferral } = await graph.data<{ issueReferral: { __typename: string; message?: string } }>(
      `mutation ($input: IssueReferralInput!) { issueReferral(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          clientId,
          workerId: 'worker-00001',
          kind: 'LICHTE_OPVOEDONDERSTEUNING',
          issuedOn: '2021-02-01',
        },
      },
    );
    expect(issueReferral).toEqual({ __typename: 'LightParentingSupportMovedError', message: MOVED });
    // Refused before locations is asked whether the worker may refer.
    const { client } = await graph.data<{ client: { referrals: unknown[] } }>(
      'query ($id: ID!) { client(id: $id) { referrals { id } } }',
      { id: clientId },
    );
    expect(client.referrals).toEqual([]);
  });

  it('keeps the code in the enum, deprecated with where it lives now, so that older questions still parse', async () => {
    const { __type } = await graph.data<{
      __type: { enumValues: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] };
    }>(
      '{ __type(name: "SupportKind") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
    );
    expect(__type.enumValues.filter((v) => v.isDeprecated)).toEqual([
      { name: 'LICHTE_OPVOEDONDERSTEUNING', isDeprecated: true, deprecationReason: MOVED },
      { name: 'SCHULDHULPVERLENING', isDeprecated: true, deprecationReason: DEBT_HELP_MOVED },
    ]);
  });
});

const DEBT_HELP_MOVED =
  'Debt help (schuldhulpverlening) is recorded as a debt case by the debt subgraph ' +
  '(debt subgraph: openDebtCase)';

describe('debt help is the debt subgraph’s (BR-CL17)', () => {
  it('refuses to start it in any pillar or on any route, storing nothing', async () => {
    const clientId = await register(graph, 120, { pgbCompetent: true });
    const granted = await decision(graph, clientId);
    for (const input of [
      { pillar: 'BASIS', provisionType: 'ALGEMEEN', accessRoute: 'DIRECT', providerId: 'org-amaryllis' },
      { pillar: 'SOCIALE_BASIS', provisionType: 'ALGEMEEN', accessRoute: 'DIRECT', providerId: 'org-vol' },
      {
        pillar: 'AANVULLEND',
        provisionType: 'MAATWERK',
        accessRoute: 'BESCHIKKING',
        decisionId: granted.id,
        providerId: 'org-windkracht058',
      },
    ]) {
      expect(await start(graph, { ...input, clientId, kind: 'SCHULDHULPVERLENING' })).toEqual({
        __typename: 'DebtHelpMovedError',
        message: DEBT_HELP_MOVED,
      });
    }
    // A provider's key is refused the same way, before its organisation is checked.
    const { startEngagement } = await graph.data<{ startEngagement: { __typename: string } }>(
      START,
      {
        input: {
          clientId,
          pillar: 'BASIS',
          kind: 'SCHULDHULPVERLENING',
          provisionType: 'ALGEMEEN',
          accessRoute: 'DIRECT',
          providerId: 'org-amaryllis',
        },
      },
      WINDKRACHT,
    );
    expect(startEngagement.__typename).toBe('DebtHelpMovedError');
    expect(await engagementCount(clientId)).toBe(0);
  });

  it('refuses a referral to it, storing nothing and asking nobody', async () => {
    const clientId = await register(graph, 121);
    const asked = graph.locations.lookups.length;
    const { issueReferral } = await graph.data<{ issueReferral: { __typename: string; message?: string } }>(
      `mutation ($input: IssueReferralInput!) { issueReferral(input: $input) { __typename ... on Error { message } } }`,
      {
        input: { clientId, workerId: 'worker-00001', kind: 'SCHULDHULPVERLENING', issuedOn: '2021-02-01' },
      },
    );
    expect(issueReferral).toEqual({ __typename: 'DebtHelpMovedError', message: DEBT_HELP_MOVED });
    // Refused before locations is asked whether the worker may refer.
    expect(graph.locations.lookups.length).toBe(asked);
    const { client } = await graph.data<{ client: { referrals: unknown[] } }>(
      'query ($id: ID!) { client(id: $id) { referrals { id } } }',
      { id: clientId },
    );
    expect(client.referrals).toEqual([]);
  });

  it('never returns it: the database refuses an engagement or referral of it whatever path writes', async () => {
    const clientId = await register(graph, 122);
    const { db } = graph.subgraph.database;
    await expect(
      db.execute(sql`insert into clients.engagements (id, client_id, pillar, kind, provision_type, access_route, organisation_id, started_on)
        values ('e-debt', ${clientId}, 'BASIS', 'SCHULDHULPVERLENING', 'ALGEMEEN', 'DIRECT', 'org-amaryllis', '2022-01-03')`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`insert into clients.referrals (id, client_id, issued_by_worker_id, issued_on, kind)
        values ('r-debt', ${clientId}, 'worker-00001', '2022-01-03', 'SCHULDHULPVERLENING')`),
    ).rejects.toThrow();
    expect(await engagementCount(clientId)).toBe(0);
    const { client } = await graph.data<{ client: { referrals: unknown[] } }>(
      'query ($id: ID!) { client(id: $id) { referrals { id } } }',
      { id: clientId },
    );
    expect(client.referrals).toEqual([]);
  });
});
