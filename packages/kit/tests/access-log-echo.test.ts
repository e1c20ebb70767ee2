import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_LOG_ECHO_EXTENSION,
  ACCESS_LOG_ECHO_HEADER,
  ACCESS_LOG_UNAVAILABLE,
  echoedAccessLog,
} from '../src/access-log-echo.ts';
import {
  type AccessLoggingSubgraph,
  startAccessLoggingSubgraph,
  useAccessLogStandIn,
} from './support/access-log-subgraph.ts';

// The echo of the access log (`access-log-echo.ts`): a subgraph tells the gateway, when asked, which
// entries it wrote for a request, so that requests sharing the answer can be logged as well.

const log = useAccessLogStandIn();
let subgraph: AccessLoggingSubgraph;
beforeAll(async () => {
  subgraph = await startAccessLoggingSubgraph(log.url, {
    clientIds: ['client-2', 'client-1'],
    requestId: 'req-echo',
  });
});
afterAll(() => subgraph?.close());

const post = async (query: string, headers: Record<string, string> = {}) =>
  (await subgraph.query(query, headers)).body;

const ECHO = { [ACCESS_LOG_ECHO_HEADER]: '1' };

describe('the echo of the access log', () => {
  it('lists the entries written for the request, once they are written', async () => {
    const body = await post('{ clients { id name } }', ECHO);
    expect(log.received).toHaveLength(1);
    expect(body.data).toEqual({
      clients: [
        { id: 'client-2', name: 'name of client-2' },
        { id: 'client-1', name: 'name of client-1' },
      ],
    });
    expect(echoedAccessLog(body.extensions)).toEqual([
      { subjectType: 'Client', subjectId: 'client-2', action: 'READ', fields: ['name'] },
      { subjectType: 'Client', subjectId: 'client-1', action: 'READ', fields: ['name'] },
    ]);
  });

  it('says "none" for a request that read no personal data', async () => {
    const body = await post('{ hello }', ECHO);
    expect(log.received).toHaveLength(0);
    expect(body.extensions?.[ACCESS_LOG_ECHO_EXTENSION]).toEqual({ entries: [] });
    expect(echoedAccessLog(body.extensions)).toEqual([]);
  });

  it('is not given unless asked for', async () => {
    const body = await post('{ clients { name } }');
    expect(log.received).toHaveLength(1);
    expect(body.extensions?.[ACCESS_LOG_ECHO_EXTENSION]).toBeUndefined();
    expect(echoedAccessLog(body.extensions)).toBeUndefined();
  });

  it('is not given when the log could not be written: the data is withheld instead', async () => {
    log.status = 503;
    const body = await post('{ clients { name } }', ECHO);
    expect(body.data).toBeNull();
    expect(body.errors?.map((error) => error.extensions.code)).toEqual([ACCESS_LOG_UNAVAILABLE]);
    expect(echoedAccessLog(body.extensions)).toBeUndefined();
  });
});

describe('echoedAccessLog', () => {
  it('takes no malformed echo for an answer', () => {
    const entry = { subjectType: 'Client', subjectId: 'c-1', action: 'READ', fields: ['name'] };
    expect(echoedAccessLog({ [ACCESS_LOG_ECHO_EXTENSION]: { entries: [entry] } })).toEqual([entry]);
    for (const malformed of [
      undefined,
      'all of them',
      { entries: 'none' },
      { entries: [{ ...entry, action: 'PEEK' }] },
      { entries: [{ ...entry, fields: [1] }] },
      { entries: [{ ...entry, subjectId: undefined }] },
    ])
      expect(echoedAccessLog({ [ACCESS_LOG_ECHO_EXTENSION]: malformed })).toBeUndefined();
  });
});
