import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const finance = { scopes: ['budget:read', 'budget:write'] as const };

const OPERATION =
  '{ lumpsums(year: 2021) { title status decidedAmount baseAmount mutationsTotal unexplainedDifference mutations { kind amount } shares { organisation { name } amount } } }';

type Lumpsum = Record<string, unknown> & { title: string; mutations: { kind: string; amount: string }[] };

describe('the 2021 lumpsums', () => {
  it('answer the documented operation with the figures of the council letter, to the cent', async () => {
    const { body } = await subgraph.query<{ lumpsums: Lumpsum[] }>(OPERATION, { caller: finance });
    expect(body.errors).toBeUndefined();
    const [hbh, todb] = body.data!.lumpsums;
    expect(hbh).toMatchObject({
      title: 'Hulp bij het huishouden 2021',
      status: 'PROVISIONAL',
      decidedAmount: '10230525.00',
      baseAmount: '8326890.00',
      mutationsTotal: '1903635.00',
      unexplainedDifference: '0.00',
      shares: [
        { organisation: { name: 'M.I.E.P. Huishoudservice' }, amount: '5115262.50' },
        { organisation: { name: 'Thuiszorg Het Friese Land' }, amount: '5115262.50' },
      ],
    });
    expect(hbh!.mutations.map((m) => m.amount)).toEqual(['510516.00', '372396.00', '801548.00', '219175.00']);
    expect(todb).toMatchObject({
      decidedAmount: '25844938.00',
      baseAmount: '24614169.00',
      mutationsTotal: '1230768.00',
      // The printed lines add up to one euro less than the decided amount: shown, not hidden.
      unexplainedDifference: '1.00',
      shares: [
        { organisation: { name: 'Amaryllis' }, amount: '18773284.00' },
        { organisation: { name: 'Windkracht058' }, amount: '7071654.00' },
      ],
    });
    expect(todb!.mutations.map((m) => [m.kind, m.amount])).toEqual([
      ['PRICE_INDEX', '839452.00'],
      ['AUTONOMOUS_GROWTH', '224168.00'],
      ['JET_ADJUSTMENT', '-289571.00'],
      ['CLIENT_DISTRIBUTION', '104758.00'],
      ['PGB_EFFECT_OF_CLIENT_DISTRIBUTION', '-363384.00'],
      ['SAVINGS_NOT_ACHIEVED_COMPENSATION', '715345.00'],
    ]);
  });

  it('reads lines, totals, differences and shares in a fixed number of statements', async () => {
    const before = subgraph.database.statementCount;
    await subgraph.query(OPERATION, { caller: finance });
    expect(subgraph.database.statementCount - before).toBe(1); // lumpsums with their lines and shares' organisations
  });
});

describe('updateLumpsum', () => {
  const update = async (input: string) =>
    (
      await subgraph.query<{ updateLumpsum: Record<string, unknown> }>(
        `mutation { updateLumpsum(input: { ${input} }) { __typename ... on Lumpsum { status decidedAmount version }
          ... on ValidationError { field } ... on VersionConflictError { currentVersion } ... on LumpsumDefinitiveError { lumpsumId } } }`,
        { caller: finance },
      )
    ).body.data!.updateLumpsum;
  const figures = async () =>
    (
      await subgraph.query<{ lumpsums: { decidedAmount: string; status: string }[] }>(
        '{ lumpsums(year: 2021) { decidedAmount status } }',
        { caller: finance },
      )
    ).body.data!.lumpsums;

  it('round-trips an amount above the 32-bit cents limit exactly', async () => {
    expect(await update('id: "lumpsum-2021-hbh", version: 1, decidedAmount: "98765432109.87"')).toMatchObject(
      {
        __typename: 'Lumpsum',
        decidedAmount: '98765432109.87',
        version: 2,
      },
    );
    expect(await update('id: "lumpsum-2021-hbh", version: 2, decidedAmount: "10230525.00"')).toMatchObject({
      decidedAmount: '10230525.00',
    });
  });

  it('refuses a negative amount, a status that skips or goes back, and a stale version, changing nothing', async () => {
    const before = await figures();
    expect(await update('id: "lumpsum-2021-hbh", version: 3, decidedAmount: "-1.00"')).toMatchObject({
      __typename: 'ValidationError',
      field: 'decidedAmount',
    });
    expect(await update('id: "lumpsum-2021-hbh", version: 3, status: ESTIMATED')).toMatchObject({
      __typename: 'ValidationError',
      field: 'status',
    });
    expect(await update('id: "lumpsum-2021-hbh", version: 1, status: DEFINITIVE')).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: 3,
    });
    expect(await figures()).toEqual(before);
  });

  it('refuses a malformed amount as a whole (the Money scalar)', async () => {
    for (const amount of ['12.5', '1.005', '1,00']) {
      const response = await subgraph.query(
        `mutation { updateLumpsum(input: { id: "lumpsum-2021-hbh", version: 3, decidedAmount: "${amount}" }) { __typename } }`,
        {
          caller: finance,
        },
      );
      expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const number = await subgraph.query(
      'mutation ($a: Money) { updateLumpsum(input: { id: "lumpsum-2021-hbh", version: 3, decidedAmount: $a }) { __typename } }',
      {
        caller: finance,
        variables: { a: 12.5 },
      },
    );
    expect(number.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never edits a definitive lumpsum', async () => {
    expect(await update('id: "lumpsum-2021-todb", version: 1, status: DEFINITIVE')).toMatchObject({
      __typename: 'Lumpsum',
      status: 'DEFINITIVE',
    });
    expect(await update('id: "lumpsum-2021-todb", version: 2, decidedAmount: "1.00"')).toEqual({
      __typename: 'LumpsumDefinitiveError',
      lumpsumId: 'lumpsum-2021-todb',
    });
    expect((await figures())[1]).toEqual({ decidedAmount: '25844938.00', status: 'DEFINITIVE' });
  });
});

describe('correctLumpsum', () => {
  const CORRECT = `mutation ($input: CorrectLumpsumInput!) { correctLumpsum(input: $input) { __typename
    ... on Lumpsum { id correction status decidedAmount unexplainedDifference mutationsTotal shares { amount }
      previousVersions { id decidedAmount unexplainedDifference } }
    ... on ValidationError { field } ... on VersionConflictError { currentVersion } } }`;
  const correct = async (input: Record<string, unknown>) =>
    (
      await subgraph.query<{ correctLumpsum: Record<string, unknown> }>(CORRECT, {
        caller: finance,
        variables: { input },
      })
    ).body.data!.correctLumpsum;

  it('makes a new definitive version and keeps the corrected one readable as it was', async () => {
    const corrected = await correct({
      id: 'lumpsum-2021-todb',
      version: 2,
      decidedAmount: '25844937.00',
      source: 'Definitive setting, February 2021 (example correction).',
    });
    expect(corrected).toMatchObject({
      __typename: 'Lumpsum',
      id: 'lumpsum-2021-todb-c1',
      correction: 1,
      status: 'DEFINITIVE',
      decidedAmount: '25844937.00',
      mutationsTotal: '1230768.00',
      unexplainedDifference: '0.00',
      shares: [{ amount: '18773284.00' }, { amount: '7071654.00' }],
      previousVersions: [
        { id: 'lumpsum-2021-todb', decidedAmount: '25844938.00', unexplainedDifference: '1.00' },
      ],
    });
    const current = await subgraph.query<{ lumpsums: { id: string }[] }>('{ lumpsums(year: 2021) { id } }', {
      caller: finance,
    });
    expect(current.body.data!.lumpsums.map((l) => l.id)).toEqual([
      'lumpsum-2021-hbh',
      'lumpsum-2021-todb-c1',
    ]);
  });

  it('refuses to correct a superseded or a provisional version, and a negative share', async () => {
    expect(await correct({ id: 'lumpsum-2021-todb', version: 3, source: 'again' })).toMatchObject({
      __typename: 'ValidationError',
      field: 'id',
    });
    expect(await correct({ id: 'lumpsum-2021-hbh', version: 3, source: 'x' })).toMatchObject({
      __typename: 'ValidationError',
      field: 'id',
    });
    expect(
      await correct({
        id: 'lumpsum-2021-todb-c1',
        version: 1,
        source: 'x',
        shares: [{ organisationId: 'org-amaryllis', amount: '-1.00' }],
      }),
    ).toMatchObject({ __typename: 'ValidationError', field: 'shares.0.amount' });
  });
});

describe('addContract', () => {
  const add = async (lot: string, organisationId: string, role = 'MAIN_PROVIDER') =>
    (
      await subgraph.query<{ addContract: Record<string, unknown> }>(
        `mutation { addContract(input: { lot: ${lot}, organisationId: "${organisationId}", role: ${role}, startsOn: "2021-01-01" }) {
          __typename ... on Error { message } ... on LotFullError { maxMainProviders } ... on DoubleMainRoleError { otherLot } ... on NotFoundError { id } } }`,
        { caller: finance },
      )
    ).body.data!.addContract;
  const register = (name: string) =>
    subgraph.query<{ registerOrganisation: { id: string } }>(
      `mutation { registerOrganisation(input: { name: "${name}", kind: PROVIDER }) { ... on Organisation { id } } }`,
      {
        caller: finance,
      },
    );
  const count = async (lot: string) =>
    (await subgraph.query<{ contracts: unknown[] }>(`{ contracts(lot: ${lot}) { id } }`, { caller: finance }))
      .body.data!.contracts.length;

  it('refuses a sixth main provider for thuisondersteuning en dagbesteding', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5])
      ids.push((await register(`Kernpartner ${n}`)).body.data!.registerOrganisation.id);
    for (const id of ids.slice(0, 4))
      expect((await add('THUISONDERSTEUNING_EN_DAGBESTEDING', id)).__typename).toBe('Contract');
    expect(await count('THUISONDERSTEUNING_EN_DAGBESTEDING')).toBe(5);
    expect(await add('THUISONDERSTEUNING_EN_DAGBESTEDING', ids[4]!)).toMatchObject({
      __typename: 'LotFullError',
      maxMainProviders: 5,
    });
    expect(await count('THUISONDERSTEUNING_EN_DAGBESTEDING')).toBe(5);
    // A subcontractor is not a main provider: no maximum.
    expect((await add('THUISONDERSTEUNING_EN_DAGBESTEDING', ids[4]!, 'SUBCONTRACTOR')).__typename).toBe(
      'Contract',
    );
  });

  it('refuses a third household-help provider', async () => {
    expect(await add('HULP_BIJ_HUISHOUDEN', 'org-amaryllis')).toMatchObject({
      __typename: 'LotFullError',
      maxMainProviders: 2,
    });
    expect(await count('HULP_BIJ_HUISHOUDEN')).toBe(2);
  });

  it('refuses one party as main provider in both basis and aanvullend', async () => {
    // Amaryllis is the basis provider, Windkracht058 the aanvullend one; both lots are full too.
    const todbBefore = await count('THUISONDERSTEUNING_EN_DAGBESTEDING');
    expect(await add('THUISONDERSTEUNING_EN_DAGBESTEDING', 'org-amaryllis')).toMatchObject({
      __typename: 'DoubleMainRoleError',
      otherLot: 'BASISONDERSTEUNING',
    });
    expect(await add('BASISONDERSTEUNING', 'org-windkracht058')).toMatchObject({
      __typename: 'DoubleMainRoleError',
      otherLot: 'THUISONDERSTEUNING_EN_DAGBESTEDING',
    });
    expect(await count('THUISONDERSTEUNING_EN_DAGBESTEDING')).toBe(todbBefore);
  });

  it('refuses an unknown organisation', async () => {
    expect(await add('KORTDUREND_VERBLIJF', 'org-nobody')).toMatchObject({
      __typename: 'NotFoundError',
      id: 'org-nobody',
    });
  });
});
