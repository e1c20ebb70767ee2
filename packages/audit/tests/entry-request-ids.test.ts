import { createServiceTokenSigner } from '@mienskip/kit/token';
import { testServiceKey } from '@mienskip/testing';
import { describe, expect, it } from 'vitest';
import { postEntries, read, useAuditService } from './helpers.ts';

// Issue 19: the gateway appends the entries of every request that shared one subgraph answer in one
// batch, each entry naming its own request. Only with a token that names no request (the gateway's):
// a token that names its request speaks for that one only.
const log = useAuditService();

describe('POST /entries: a request id per entry', () => {
  it('stores each entry under its own request id, the others under x-request-id, in one INSERT', async () => {
    const statements = log.subgraph.database.statementCount;
    const response = await postEntries(
      log.subgraph,
      {
        entries: [
          { ...read('client-1', 'name'), requestId: 'joiner-1' },
          { ...read('client-2', 'name'), requestId: 'joiner-1' },
          { ...read('client-1', 'name'), requestId: 'joiner-2' },
          read('client-3', 'name'),
        ],
      },
      { requestId: 'req-of-the-append' },
    );
    expect(response.status).toBe(204);
    expect(log.subgraph.database.statementCount - statements).toBe(1);
    expect((await log.appended()).map((row) => [row.requestId, row.subjectId])).toEqual([
      ['joiner-1', 'client-1'],
      ['joiner-1', 'client-2'],
      ['joiner-2', 'client-1'],
      ['req-of-the-append', 'client-3'],
    ]);
  });

  it('refuses the whole batch when one entry names no request id: 400, nothing stored', async () => {
    for (const requestId of ['', 'two words', 'x'.repeat(129), 'naïve', 42, null, ['joiner-1']]) {
      const response = await postEntries(log.subgraph, {
        entries: [
          { ...read('client-1', 'name'), requestId: 'joiner-1' },
          { ...read('client-2', 'name'), requestId },
        ],
      });
      expect(response.status, `requestId ${JSON.stringify(requestId)}`).toBe(400);
      expect(response.body).toEqual({
        errors: [
          { message: 'entries[1].requestId must be a request id', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
    }
    expect(await log.appended()).toHaveLength(0);
  });

  it('refuses per-entry request ids with a token that names its request: 400, nothing stored', async () => {
    const signer = await createServiceTokenSigner(await testServiceKey('budget'), 'budget');
    const token = await signer.sign('clients', 'req-in-the-token');
    for (const requestId of ['another-request', 'req-in-the-token']) {
      const response = await postEntries(
        log.subgraph,
        { entries: [read('client-1', 'name'), { ...read('client-2', 'name'), requestId }] },
        { token, requestId: 'req-in-the-header' },
      );
      expect(response.status, `requestId ${requestId}`).toBe(400);
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
