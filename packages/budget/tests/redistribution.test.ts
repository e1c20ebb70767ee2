import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['budget:read', 'budget:write'] as const };
const provider = {
  scopes: ['budget:read', 'budget:write'] as const,
  organisationKind: 'PROVIDER' as const,
  organisationId: 'org-amaryllis',
};

const REQUEST = `mutation ($input: RequestRedistributionInput!) { requestRedistribution(input: $input) { __typename
  ... on RedistributionRequest { id status version proposedShares { amount } }
  ... on OneSidedRedistributionError { message missing { id } }
  ... on RedistributionTotalError { total proposed }
  ... on RedistributionLotsError { message lots }
  ... on ValidationError { field } } }`;
const DECIDE = `mutation ($input: DecideRedistributionInput!) { decideRedistribution(input: $input) { __typename
  ... on RedistributionRequest { status decidedShares { organisation { id } amount } }
  ... on RedistributionTotalError { total proposed } ... on ValidationError { field } } }`;

type Result = Record<string, unknown> & { __typename: string; id?: string; version?: number };

const todb = {
  lumpsumId: 'lumpsum-2021-todb',
  clientCounts: [
    { organisationId: 'org-amaryllis', clients: 1450 },
    { organisationId: 'org-windkracht058', clients: 560 },
  ],
  motivation: 'More clients stayed in basis than the distribution assumed.',
};

async function request(input: Record<string, unknown>, caller = provider): Promise<Result> {
  return (await subgraph.query<{ requestRedistribution: Result }>(REQUEST, { caller, variables: { input } }))
    .body.data!.requestRedistribution;
}
async function shares(): Promise<string[]> {
  const { body } = await subgraph.query<{ lumpsums: { shares: { amount: string }[] }[] }>(
    '{ lumpsums(year: 2021) { shares { amount } } }',
    {
      caller: municipal,
    },
  );
  return body.data!.lumpsums[1]!.shares.map((s) => s.amount);
}

describe('redistribution between basis and aanvullend', () => {
  it('refuses a one-sided request, changing nothing', async () => {
    const before = await shares();
    const refused = await request({
      ...todb,
      requestedBy: ['org-amaryllis'],
      shares: [
        { organisationId: 'org-amaryllis', amount: '19000000.00' },
        { organisationId: 'org-windkracht058', amount: '6844938.00' },
      ],
    });
    expect(refused).toMatchObject({
      __typename: 'OneSidedRedistributionError',
      missing: [{ id: 'org-windkracht058' }],
    });
    expect(await shares()).toEqual(before);
  });

  it('refuses a request that changes the total', async () => {
    const refused = await request({
      ...todb,
      requestedBy: ['org-amaryllis', 'org-windkracht058'],
      shares: [
        { organisationId: 'org-amaryllis', amount: '19000000.00' },
        { organisationId: 'org-windkracht058', amount: '7071654.00' },
      ],
    });
    expect(refused).toEqual({
      __typename: 'RedistributionTotalError',
      total: '25844938.00',
      proposed: '26071654.00',
    });
  });

  it("refuses to move the household-help lumpsum's two equal halves, recording nothing (BR-F3)", async () => {
    const hbh = async () =>
      (
        await subgraph.query<{ lumpsum: { shares: { amount: string }[] } }>(
          '{ lumpsum(id: "lumpsum-2021-hbh") { shares { amount } } }',
          { caller: municipal },
        )
      ).body.data!.lumpsum.shares.map((s) => s.amount);
    const requests = async () =>
      (
        await subgraph.query<{ redistributionRequests: { lumpsum: { id: string } }[] }>(
          '{ redistributionRequests { lumpsum { id } } }',
          { caller: municipal },
        )
      ).body.data!.redistributionRequests.filter((r) => r.lumpsum.id === 'lumpsum-2021-hbh');
    const householdHelp = {
      scopes: provider.scopes,
      organisationKind: 'PROVIDER' as const,
      organisationId: 'org-miep',
    };
    const refused = await request(
      {
        lumpsumId: 'lumpsum-2021-hbh',
        requestedBy: ['org-miep', 'org-thfl'],
        shares: [
          { organisationId: 'org-miep', amount: '5500000.00' },
          { organisationId: 'org-thfl', amount: '4730525.00' },
        ],
        clientCounts: [
          { organisationId: 'org-miep', clients: 900 },
          { organisationId: 'org-thfl', clients: 700 },
        ],
        motivation: 'More clients chose M.I.E.P.',
      },
      householdHelp,
    );
    expect(refused).toMatchObject({ __typename: 'RedistributionLotsError', lots: ['HULP_BIJ_HUISHOUDEN'] });
    expect(await hbh()).toEqual(['5115262.50', '5115262.50']);
    expect(await requests()).toEqual([]);
  });

  it('refuses a request without the evidence of every provider', async () => {
    const refused = await request({
      ...todb,
      clientCounts: [{ organisationId: 'org-amaryllis', clients: 1450 }],
      requestedBy: ['org-amaryllis', 'org-windkracht058'],
      shares: [
        { organisationId: 'org-amaryllis', amount: '19000000.00' },
        { organisationId: 'org-windkracht058', amount: '6844938.00' },
      ],
    });
    expect(refused).toEqual({ __typename: 'ValidationError', field: 'clientCounts' });
  });

  it('lets the municipality modify a joint request within the total, and only the municipality', async () => {
    const asked = await request({
      ...todb,
      requestedBy: ['org-amaryllis', 'org-windkracht058'],
      shares: [
        { organisationId: 'org-amaryllis', amount: '19000000.00' },
        { organisationId: 'org-windkracht058', amount: '6844938.00' },
      ],
    });
    expect(asked).toMatchObject({ __typename: 'RedistributionRequest', status: 'SUBMITTED' });
    const decide = (input: Record<string, unknown>, caller: typeof municipal | typeof provider = municipal) =>
      subgraph.query<{ decideRedistribution: Result }>(DECIDE, {
        caller,
        variables: { input: { id: asked.id, version: 1, note: 'Checked against our own data.', ...input } },
      });

    const byProvider = await decide({ decision: 'APPROVED' }, provider);
    expect(byProvider.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongTotal = await decide({
      decision: 'MODIFIED',
      shares: [
        { organisationId: 'org-amaryllis', amount: '18900000.00' },
        { organisationId: 'org-windkracht058', amount: '6944937.00' },
      ],
    });
    expect(wrongTotal.body.data!.decideRedistribution).toEqual({
      __typename: 'RedistributionTotalError',
      total: '25844938.00',
      proposed: '25844937.00',
    });
    expect(await shares()).toEqual(['18773284.00', '7071654.00']);

    const modified = await decide({
      decision: 'MODIFIED',
      shares: [
        { organisationId: 'org-amaryllis', amount: '18900000.00' },
        { organisationId: 'org-windkracht058', amount: '6944938.00' },
      ],
    });
    expect(modified.body.data!.decideRedistribution).toMatchObject({
      __typename: 'RedistributionRequest',
      status: 'MODIFIED',
    });
    expect(await shares()).toEqual(['18900000.00', '6944938.00']);
  });

  it('publishes the client counts of the evidence under the CBS rule without personal-data, exactly with it (BR-KT1)', async () => {
    const asked = await request({
      ...todb,
      clientCounts: [
        { organisationId: 'org-amaryllis', clients: 1452 },
        { organisationId: 'org-windkracht058', clients: 6 },
      ],
      requestedBy: ['org-amaryllis', 'org-windkracht058'],
      shares: [
        { organisationId: 'org-amaryllis', amount: '19000000.00' },
        { organisationId: 'org-windkracht058', amount: '6844938.00' },
      ],
    });
    expect(asked.__typename).toBe('RedistributionRequest');
    const evidence = async (caller: { scopes: readonly string[] }) => {
      const { body } = await subgraph.query<{
        redistributionRequests: {
          id: string;
          clientCounts: { organisation: { id: string }; clients: number | null }[];
        }[];
      }>('{ redistributionRequests { id clientCounts { organisation { id } clients } } }', {
        caller: caller as typeof municipal,
      });
      expect(body.errors).toBeUndefined();
      return body.data!.redistributionRequests.find((r) => r.id === asked.id)!.clientCounts;
    };
    expect(await evidence({ scopes: [...municipal.scopes, 'personal-data'] })).toEqual([
      { organisation: { id: 'org-amaryllis' }, clients: 1452 },
      { organisation: { id: 'org-windkracht058' }, clients: 6 },
    ]);
    // the municipality deciding without personal-data, and the provider that filed it, see them published
    for (const caller of [municipal, provider])
      expect(await evidence(caller)).toEqual([
        { organisation: { id: 'org-amaryllis' }, clients: 1450 },
        { organisation: { id: 'org-windkracht058' }, clients: null },
      ]);
  });
});
