import { createServiceTokenSigner } from '@mienskip/kit/token';
import { testServiceKey } from '@mienskip/testing';
import { describe, expect, it } from 'vitest';
import { postEntries, read, useAuditService } from './helpers.ts';

// Issue 19: the gateway's token is shared by a caller's requests and names none; the request id
// comes beside it in `x-request-id`. A token that names its request keeps its own.
const log = useAuditService();

describe('POST /entries: the request id', () => {
  it("records the request's x-request-id for a gateway token that names no request", async () => {
    const response = await postEntries(
      log.subgraph,
      { entries: [read('client-1', 'name')] },
      { requestId: 'req-issue-19-a' },
    );
    expect(response.status).toBe(204);
    expect((await log.appended()).map((row) => row.requestId)).toEqual(['req-issue-19-a']);
  });

  it('refuses a gateway token without x-request-id, or with one that is no request id: 401', async () => {
    for (const requestId of [null, '', 'two words', 'x'.repeat(129), 'naïve']) {
      const response = await postEntries(
        log.subgraph,
        { entries: [read('client-1', 'name')] },
        { requestId },
      );
      expect(response.status, `x-request-id ${JSON.stringify(requestId)}`).toBe(401);
    }
    expect(await log.appended()).toHaveLength(0);
  });

  it('keeps the request id a token names itself, whatever the header says', async () => {
    const signer = await createServiceTokenSigner(await testServiceKey('budget'), 'budget');
    const token = await signer.sign('clients', 'req-in-the-token');
    const response = await postEntries(
      log.subgraph,
      { entries: [read('client-2', 'name')] },
      { token, requestId: 'req-in-the-header' },
    );
    expect(response.status).toBe(204);
    expect((await log.appended()).map((row) => row.requestId)).toEqual(['req-in-the-token']);
  });
});
