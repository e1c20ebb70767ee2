import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['budget:read', 'budget:write'] as const };
const grant = async (input: string, caller: Record<string, unknown> = municipal) =>
  subgraph.query<{ grantSubsidy: Record<string, unknown> }>(
    `mutation { grantSubsidy(input: { ${input} }) { __typename ... on Subsidy { year amount organisation { name } } ... on ValidationError { field } ... on NotFoundError { id } } }`,
    { caller },
  );

describe('subsidies for the sociale basis', () => {
  it('grants a subsidy and lists it for its year', async () => {
    const { body } = await grant(
      'organisationId: "org-vol", year: 2021, purpose: "Strengthening volunteer networks", amount: "125000.00"',
    );
    expect(body.data!.grantSubsidy).toEqual({
      __typename: 'Subsidy',
      year: 2021,
      amount: '125000.00',
      organisation: { name: 'Vrijwilligers Organisaties Leeuwarden (V-O-L)' },
    });
    const list = await subgraph.query<{ subsidies: unknown[] }>('{ subsidies(year: 2021) { amount } }', {
      caller: municipal,
    });
    expect(list.body.data!.subsidies).toEqual([{ amount: '125000.00' }]);
  });

  it('refuses a zero amount, an implausible year, an empty purpose and an unknown organisation, granting nothing', async () => {
    expect(
      (await grant('organisationId: "org-vol", year: 2021, purpose: "x", amount: "0.00"')).body.data!
        .grantSubsidy,
    ).toEqual({ __typename: 'ValidationError', field: 'amount' });
    expect(
      (await grant('organisationId: "org-vol", year: 1900, purpose: "x", amount: "1.00"')).body.data!
        .grantSubsidy,
    ).toEqual({ __typename: 'ValidationError', field: 'year' });
    expect(
      (await grant('organisationId: "org-vol", year: 2021, purpose: " ", amount: "1.00"')).body.data!
        .grantSubsidy,
    ).toEqual({ __typename: 'ValidationError', field: 'purpose' });
    expect(
      (await grant('organisationId: "org-x", year: 2021, purpose: "x", amount: "1.00"')).body.data!
        .grantSubsidy,
    ).toEqual({ __typename: 'NotFoundError', id: 'org-x' });
    const list = await subgraph.query<{ subsidies: unknown[] }>('{ subsidies(year: 2021) { amount } }', {
      caller: municipal,
    });
    expect(list.body.data!.subsidies).toHaveLength(1);
  });

  it('is granted by the municipality only', async () => {
    const { body } = await grant('organisationId: "org-vol", year: 2021, purpose: "x", amount: "1.00"', {
      ...municipal,
      organisationKind: 'VOLUNTEER_ORGANISATION',
      organisationId: 'org-vol',
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
