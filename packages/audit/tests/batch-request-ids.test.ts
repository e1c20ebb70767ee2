import { createServiceTokenSigner } from '@mienskip/kit/token';
import { testServiceKey } from '@mienskip/testing';
import { describe, expect, it } from 'vitest';
import { postEntries, read, useAuditService } from './helpers.ts';

// Issue 19: the gateway appends the entries of every request that shared one subgraph answer in one
// batch, naming the requests they are for. Only with a token that names no request (the gateway's):
// a token that names its request speaks for that one only.
const log = useAuditService();

describe('POST /entries: the requests a batch is for', () => {
  it('stores every entry once for each request named, in one INSERT', async () => {
    const statements = log.subgraph.database.statementCount;
    const response = await postEntries(
      log.subgraph,
      { entries: [read('client-1', 'name'), read('client-2', 'name')], requestIds: ['joiner-1', 'joiner-2'] },
      { requestId: 'req-of-the-append' },
    );
    expect(response.status).toBe(204);
    expect(log.subgraph.database.statementCount - statements).toBe(1);
    expect((await log.appended()).map((row) => [row.requestId, row.subjectId, row.fields])).toEqual([
      ['joiner-1', 'client-1', ['name']],
      ['joiner-1', 'client-2', ['name']],
      ['joiner-2', 'client-1', ['name']],
      ['joiner-2', 'client-2', ['name']],
    ]);
  });

  it('refuses the whole batch when one of its request ids is not one: 400, nothing stored', async () => {
    for (const requestId of ['', 'two words', 'x'.repeat(129), 'naïve', 42, null, ['joiner-1']]) {
      const response = await postEntries(log.subgraph, {
        entries: [read('client-1', 'name')],
        requestIds: ['joiner-1', requestId],
      });
      expect(response.status, `requestId ${JSON.stringify(requestId)}`).toBe(400);
      expect(response.body).toEqual({
        errors: [{ message: 'requestIds[1] must be a request id', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    expect(await log.appended()).toHaveLength(0);
  });

  it('refuses request ids with a token that names its request: 400, nothing stored', async () => {
    const signer = await createServiceTokenSigner(await testServiceKey('budget'), 'budget');
    const token = await signer.sign('clients', 'req-in-the-token');
    for (const requestIds of [['another-request'], ['req-in-the-token']]) {
      const response = await postEntries(
        log.subgraph,
        { entries: [read('client-1', 'name')], requestIds },
        { token, requestId: 'req-in-the-header' },
      );
      expect(response.status, `requestIds ${requestIds}`).toBe(400);
    }
    expect(await log.appended()).toHaveLength(0);
    // The same token's batch without them is stored under the token's request, as before.
    const response = await postEntries(
      log.subgraph,
      { entries: [read('client-1', 'name')] },
      { token, requestId: 'req-in-the-header' },
    );
    expect(response.status).toBe(204);
    expect((await log.appended()).map((row) => row.requestId)).toEqual(['req-in-the-token']);
  });
});
