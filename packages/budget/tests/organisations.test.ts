import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from '../src/index.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(budget);
});
afterAll(() => subgraph?.close());

describe('organisations', () => {
  it('seeds the organisations of the social domain with their kinds', async () => {
    const { body } = await subgraph.query<{ organisations: { id: string; kind: string }[] }>(
      '{ organisations { id kind } }',
      {
        caller: { scopes: ['budget:read'] },
      },
    );
    const kinds = Object.fromEntries(body.data!.organisations.map((o) => [o.id, o.kind]));
    expect(kinds).toMatchObject({
      'org-gemeente-leeuwarden': 'MUNICIPALITY',
      'org-publieke-dienstverlening': 'MUNICIPALITY',
      'org-jet': 'MUNICIPAL_TEAM',
      'org-sociale-zaken': 'MUNICIPAL_TEAM',
      'org-amaryllis': 'PROVIDER',
      'org-windkracht058': 'PROVIDER',
      'org-miep': 'PROVIDER',
      'org-thfl': 'PROVIDER',
      'org-vol': 'VOLUNTEER_ORGANISATION',
      'org-veilig-thuis': 'PARTNER',
    });
  });

  it('seeds the youth and debt partners the sources name, a youth-care provider among them', async () => {
    const { body } = await subgraph.query<{ organisations: { id: string; kind: string }[] }>(
      '{ organisations { id kind } }',
      { caller: { scopes: ['youth:read'] } },
    );
    const kinds = Object.fromEntries(body.data!.organisations.map((o) => [o.id, o.kind]));
    expect(kinds).toMatchObject({
      'org-raad-kinderbescherming': 'PARTNER',
      'org-gecertificeerde-instelling': 'PARTNER',
      'org-ggd-opvoedpunt': 'PARTNER',
      'org-steunstructuur': 'PARTNER',
      'org-jeugdhulpaanbieder': 'PROVIDER',
      'org-sociaal-domein-fryslan': 'PARTNER',
      'org-curatieve-schuldhulp': 'PARTNER',
      'org-budgetbeheer': 'PARTNER',
      'org-beschermingsbewind': 'PARTNER',
    });
  });

  it('is readable with any reading scope, and refused without one', async () => {
    for (const scope of ['locations:read', 'clients:read', 'statistics'] as const) {
      const { body } = await subgraph.query('{ organisation(id: "org-amaryllis") { name } }', {
        caller: { scopes: [scope] },
      });
      expect(body).toEqual({ data: { organisation: { name: 'Amaryllis' } } });
    }
    const refused = await subgraph.query('{ organisation(id: "org-amaryllis") { name } }', {
      caller: { scopes: ['audit'] },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves entity references in one statement, null for an unknown id', async () => {
    const before = subgraph.database.statementCount;
    const { body } = await subgraph.query<{ _entities: unknown[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { name } } }',
      {
        caller: { scopes: ['locations:read'] },
        variables: {
          r: [
            { __typename: 'Organisation', id: 'org-amaryllis' },
            { __typename: 'Organisation', id: 'org-nope' },
            { __typename: 'Organisation', id: 'org-thfl' },
          ],
        },
      },
    );
    expect(body.data!._entities).toEqual([
      { name: 'Amaryllis' },
      null,
      { name: 'Thuiszorg Het Friese Land' },
    ]);
    expect(subgraph.database.statementCount - before).toBe(1);
  });

  it('tells which lots an organisation is main provider of, for every reader and in one statement (BR-A14)', async () => {
    const before = subgraph.database.statementCount;
    const { body } = await subgraph.query<{ _entities: unknown[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id mainLots } } }',
      {
        caller: { organisationId: 'org-mindup', organisationKind: 'PARTNER', scopes: ['clients:read'] },
        variables: {
          r: ['org-amaryllis', 'org-windkracht058', 'org-miep', 'org-jet'].map((id) => ({
            __typename: 'Organisation',
            id,
          })),
        },
      },
    );
    expect(body.data!._entities).toEqual([
      { id: 'org-amaryllis', mainLots: ['BASISONDERSTEUNING'] },
      { id: 'org-windkracht058', mainLots: ['THUISONDERSTEUNING_EN_DAGBESTEDING'] },
      { id: 'org-miep', mainLots: ['HULP_BIJ_HUISHOUDEN'] },
      { id: 'org-jet', mainLots: [] },
    ]);
    expect(subgraph.database.statementCount - before).toBe(2);
  });

  it('refuses a duplicate name and an empty one, and needs budget:write', async () => {
    const register = (name: string, scopes: readonly ('budget:write' | 'budget:read')[] = ['budget:write']) =>
      subgraph.query<{ registerOrganisation: Record<string, unknown> }>(
        `mutation { registerOrganisation(input: { name: "${name}", kind: PARTNER }) { __typename ... on ValidationError { field message } } }`,
        { caller: { scopes } },
      );
    expect((await register('Amaryllis')).body.data!.registerOrganisation).toMatchObject({
      __typename: 'ValidationError',
      field: 'name',
    });
    expect((await register('  ')).body.data!.registerOrganisation).toMatchObject({
      __typename: 'ValidationError',
      field: 'name',
    });
    expect((await register('Nieuwe Partner', ['budget:read'])).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
