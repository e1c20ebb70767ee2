import { ACCESS_LOG_WRITERS } from '@mienskip/kit/catalogue';
import { signTestToken } from '@mienskip/testing';
import { describe, expect, it } from 'vitest';
import { postEntries, read, useAuditService, wrote } from './helpers.ts';

const log = useAuditService();

describe('POST /entries', () => {
  it('appends a batch in one statement, with who asked taken from the token', async () => {
    const statements = log.subgraph.database.statementCount;
    const response = await postEntries(
      log.subgraph,
      {
        entries: [
          read('client-1', 'name', 'bsn', 'name'),
          read('client-2', 'name'),
          wrote('client-1', 'address'),
        ],
      },
      {
        audience: 'clients',
        caller: {
          keyId: 'key-amaryllis',
          organisationId: 'org-amaryllis',
          organisationKind: 'PROVIDER',
          purpose: 'Herindicatie Wmo',
        },
      },
    );
    expect(response.status).toBe(204);
    expect(log.subgraph.database.statementCount - statements).toBe(1);
    const rows = await log.appended();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      keyId: 'key-amaryllis',
      organisationId: 'org-amaryllis',
      organisationKind: 'PROVIDER',
      purpose: 'Herindicatie Wmo',
      source: 'clients',
      subjectType: 'Client',
      subjectId: 'client-1',
      action: 'READ',
      fields: ['bsn', 'name'],
    });
    expect(rows[0]!.requestId).toEqual(expect.any(String));
    expect(rows[0]!.at).toBeInstanceOf(Date);
    expect(new Set(rows.map((row) => row.requestId)).size).toBe(1);
    expect(rows.map((row) => [row.subjectId, row.action])).toEqual([
      ['client-1', 'READ'],
      ['client-2', 'READ'],
      ['client-1', 'WRITE'],
    ]);
  });

  it('takes tokens of every data subgraph in the catalogue, recording which one appended', async () => {
    for (const source of ACCESS_LOG_WRITERS) {
      expect(
        (await postEntries(log.subgraph, { entries: [read('client-9', 'name')] }, { audience: source }))
          .status,
      ).toBe(204);
    }
    expect((await log.appended()).map((row) => [row.source, row.purpose])).toEqual(
      ACCESS_LOG_WRITERS.map((source) => [source, null]),
    );
  });

  it.each([
    ['no token', null],
    ['garbage', 'not-a-token'],
  ])('refuses %s with 401', async (_case, token) => {
    const response = await postEntries(log.subgraph, { entries: [read('client-1', 'name')] }, { token });
    expect(response).toEqual({
      status: 401,
      body: { errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expect(await log.appended()).toHaveLength(0);
  });

  it('refuses a token meant for reading the log (audience audit), and one for no subgraph', async () => {
    for (const audience of ['audit', 'gateway']) {
      const response = await postEntries(log.subgraph, { entries: [read('client-1', 'name')] }, { audience });
      expect(response.status).toBe(401);
    }
    expect(await log.appended()).toHaveLength(0);
  });

  it('checks the token before it reads the body', async () => {
    const response = await postEntries(log.subgraph, '{ not json', { token: null });
    expect(response.status).toBe(401);
  });

  it.each([
    ['a body that is not JSON', '{ not json'],
    ['no entries array', { entry: [] }],
    ['no entries', { entries: [] }],
    ['too many entries', { entries: Array.from({ length: 1001 }, (_, i) => read(`client-${i}`, 'name')) }],
    ['an entry that is not an object', { entries: ['client-1'] }],
    ['an unknown subject type', { entries: [{ ...read('client-1', 'name'), subjectType: 'Household' }] }],
    ['a BSN as subject', { entries: [read('123456782', 'name')] }],
    ['a subject id with spaces', { entries: [read('client 1', 'name')] }],
    ['an unknown action', { entries: [{ ...read('client-1', 'name'), action: 'DELETE' }] }],
    ['no fields', { entries: [read('client-1')] }],
    ['a field that is not a name', { entries: [read('client-1', 'name; drop table')] }],
    ['an unknown property', { entries: [{ ...read('client-1', 'name'), organisationId: 'org-x' }] }],
  ])('refuses %s with 400, storing nothing of the batch', async (_case, body) => {
    const withGood = typeof body === 'object' && 'entries' in body && body.entries.length === 1;
    const sent = withGood ? { entries: [read('client-ok', 'name'), ...body.entries] } : body;
    const response = await postEntries(log.subgraph, sent);
    expect(response).toEqual({
      status: 400,
      body: { errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] },
    });
    expect(JSON.stringify(response.body)).not.toContain('123456782');
    expect(await log.appended()).toHaveLength(0);
  });

  it('refuses a body that is not JSON by its content type', async () => {
    const response = await postEntries(
      log.subgraph,
      JSON.stringify({ entries: [read('client-1', 'name')] }),
      {
        contentType: 'text/plain',
      },
    );
    expect(response.status).toBe(400);
  });

  it("does not let a data subgraph's token read the log through GraphQL", async () => {
    const response = await fetch(log.subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-mienskip-token': await signTestToken('clients'),
        // Well formed, so that only the audience refuses.
        'x-request-id': 'req-audit-read',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
  });
});
