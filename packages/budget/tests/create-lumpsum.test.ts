import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

const municipal = { scopes: ['budget:read', 'budget:write'] as const };
const CREATE = `mutation ($input: CreateLumpsumInput!) { createLumpsum(input: $input) { __typename
  ... on Lumpsum { status decidedAmount unexplainedDifference shares { organisation { id } amount } }
  ... on ValidationError { field } ... on NotFoundError { id } } }`;
const create = async (input: Record<string, unknown>) =>
  (
    await subgraph.query<{ createLumpsum: Record<string, unknown> }>(CREATE, {
      caller: municipal,
      variables: { input },
    })
  ).body.data!.createLumpsum;

const household2022 = {
  year: 2022,
  title: 'Hulp bij het huishouden 2022 (estimate)',
  lots: ['HULP_BIJ_HUISHOUDEN'],
  baseAmount: '10230525.00',
  decidedAmount: '10430525.01',
  lines: [{ kind: 'PRICE_INDEX', amount: '200000.00', explanation: 'Price index 2022.' }],
};

describe('createLumpsum', () => {
  it('splits a household-help lumpsum in equal parts over its main providers, to the cent', async () => {
    expect(await create(household2022)).toEqual({
      __typename: 'Lumpsum',
      status: 'ESTIMATED',
      decidedAmount: '10430525.01',
      unexplainedDifference: '0.01',
      shares: [
        { organisation: { id: 'org-miep' }, amount: '5215262.51' },
        { organisation: { id: 'org-thfl' }, amount: '5215262.50' },
      ],
    });
  });

  it('needs explicit shares for basis, and refuses shares that do not add up', async () => {
    const basis = { ...household2022, lots: ['BASISONDERSTEUNING'] };
    expect(await create(basis)).toEqual({ __typename: 'ValidationError', field: 'shares' });
    expect(await create({ ...basis, shares: [{ organisationId: 'org-amaryllis', amount: '1.00' }] })).toEqual(
      {
        __typename: 'ValidationError',
        field: 'shares',
      },
    );
    expect(
      await create({ ...basis, shares: [{ organisationId: 'org-nobody', amount: '10430525.01' }] }),
    ).toEqual({
      __typename: 'NotFoundError',
      id: 'org-nobody',
    });
  });

  it('refuses negative amounts, no lots and unexplained lines, creating nothing', async () => {
    expect(await create({ ...household2022, baseAmount: '-1.00' })).toEqual({
      __typename: 'ValidationError',
      field: 'baseAmount',
    });
    expect(await create({ ...household2022, lots: [] })).toEqual({
      __typename: 'ValidationError',
      field: 'lots',
    });
    expect(
      await create({ ...household2022, lines: [{ kind: 'PRICE_INDEX', amount: '1.00', explanation: ' ' }] }),
    ).toEqual({
      __typename: 'ValidationError',
      field: 'lines.0.explanation',
    });
    const { body } = await subgraph.query<{ lumpsums: unknown[] }>('{ lumpsums(year: 2022) { id } }', {
      caller: municipal,
    });
    expect(body.data!.lumpsums).toHaveLength(1);
  });
});
