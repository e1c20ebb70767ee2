import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCESS_LOG_MAX_ENTRIES,
  ACCESS_LOG_MAX_ROWS,
  type AccessLogEntry,
  AccessLogError,
  AccessLogRecorder,
  appendAccessLog,
} from '../src/access-log.ts';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '../src/token.ts';
import {
  type AccessLoggingSubgraph,
  startAccessLoggingSubgraph,
  useAccessLogStandIn,
} from './support/access-log-subgraph.ts';

const sink = useAccessLogStandIn();

describe('AccessLogRecorder', () => {
  it('merges into one entry per subject and action, with each field once, sorted', () => {
    const recorder = new AccessLogRecorder();
    recorder.read('Client', 'client-1', 'name');
    recorder.read('Client', 'client-1', 'bsn');
    recorder.read('Client', 'client-1', 'name');
    recorder.read('Client', 'client-2', 'name');
    recorder.wrote('Client', 'client-1', 'address');
    expect(recorder.pending).toEqual([
      { subjectType: 'Client', subjectId: 'client-1', action: 'READ', fields: ['bsn', 'name'] },
      { subjectType: 'Client', subjectId: 'client-2', action: 'READ', fields: ['name'] },
      { subjectType: 'Client', subjectId: 'client-1', action: 'WRITE', fields: ['address'] },
    ]);
  });

  it('posts every pending entry in one request, with the token it was given, then has none left', async () => {
    const recorder = new AccessLogRecorder({ url: sink.url, token: 'the-token' });
    recorder.read('Client', 'client-1', 'name');
    recorder.read('Client', 'client-2', 'name');
    await recorder.flush();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.headers[TOKEN_HEADER]).toBe('the-token');
    expect(sink.received[0]!.body.entries).toHaveLength(2);
    expect(recorder.pending).toEqual([]);
    await recorder.flush();
    expect(sink.received).toHaveLength(1);
  });

  it('sends nothing when nothing was recorded, even without a URL', async () => {
    await new AccessLogRecorder().flush();
    expect(sink.received).toHaveLength(0);
  });

  it('fails closed without a URL, and keeps the entries pending', async () => {
    const recorder = new AccessLogRecorder({ token: 't' });
    recorder.read('Client', 'client-1', 'name');
    await expect(recorder.flush()).rejects.toThrow(AccessLogError);
    expect(recorder.pending).toHaveLength(1);
  });

  it('fails when the log refuses or does not answer', async () => {
    sink.status = 503;
    const refused = new AccessLogRecorder({ url: sink.url, token: 't' });
    refused.read('Client', 'client-1', 'name');
    await expect(refused.flush()).rejects.toThrow(/HTTP 503/);
    expect(refused.pending).toHaveLength(1);
    const unreachable = new AccessLogRecorder({ url: 'http://127.0.0.1:9/entries', token: 't' });
    unreachable.read('Client', 'client-1', 'name');
    await expect(unreachable.flush()).rejects.toThrow(AccessLogError);
  });

  it('splits only what one request may not hold', async () => {
    const recorder = new AccessLogRecorder({ url: sink.url, token: 't' });
    for (let i = 0; i <= ACCESS_LOG_MAX_ENTRIES; i++) recorder.read('Client', `client-${i}`, 'name');
    await recorder.flush();
    expect(sink.received.map((r) => r.body.entries.length)).toEqual([ACCESS_LOG_MAX_ENTRIES, 1]);
  });
});

// The one writer of the log, which the recorder and the gateway (for requests that shared an answer) use.
describe('appendAccessLog', () => {
  const entry: AccessLogEntry = { subjectType: 'Client', subjectId: 'c-1', action: 'READ', fields: ['name'] };

  it('posts through the fetcher it is given, with the token and the request id beside it', async () => {
    const urls: string[] = [];
    const fetcher: typeof fetch = (url, init) => {
      urls.push(String(url));
      return fetch(url, init);
    };
    await appendAccessLog({ url: sink.url, token: 'the-token', requestId: 'req-append', fetcher }, [entry]);
    expect(urls).toEqual([sink.url]);
    expect(
      sink.received.map(({ headers, body }) => [headers[TOKEN_HEADER], headers[REQUEST_ID_HEADER], body]),
    ).toEqual([['the-token', 'req-append', { entries: [entry] }]]);
  });

  it('sends the entries once for all the requests they are for (forRequests), split by the rows they make', async () => {
    const token = 'the-gateway-token';
    await appendAccessLog({ url: sink.url, token }, [entry], ['req-a', 'req-b']);
    expect(sink.received.map(({ body }) => body)).toEqual([
      { entries: [entry], requestIds: ['req-a', 'req-b'] },
    ]);

    sink.received.length = 0;
    const page = Array.from({ length: 1000 }, (_, i) => ({ ...entry, subjectId: `c-${i}` }));
    const joiners = Array.from({ length: ACCESS_LOG_MAX_ROWS / 1000 + 1 }, (_, i) => `req-${i}`);
    await appendAccessLog({ url: sink.url, token }, page, joiners);
    const sent = sink.received.map(({ body }) => body as { entries: unknown[]; requestIds: string[] });
    expect(sent.map((body) => [body.entries.length, body.requestIds.length])).toEqual([
      [1000, ACCESS_LOG_MAX_ROWS / 1000],
      [1000, 1],
    ]);
    expect(sent.flatMap((body) => body.requestIds)).toEqual(joiners);
  });

  it('sends nothing for no entries; fails closed without a URL or token, or when the fetch fails', async () => {
    await appendAccessLog({ url: undefined, token: undefined }, []);
    await appendAccessLog({ url: undefined, token: undefined }, [entry], []);
    expect(sink.received).toHaveLength(0);
    await expect(appendAccessLog({ url: undefined, token: 't' }, [entry])).rejects.toThrow(AccessLogError);
    await expect(appendAccessLog({ url: sink.url, token: undefined }, [entry])).rejects.toThrow(
      AccessLogError,
    );
    const failing: typeof fetch = () => Promise.reject(new Error('connection reset'));
    await expect(appendAccessLog({ url: sink.url, token: 't', fetcher: failing }, [entry])).rejects.toThrow(
      /did not answer: connection reset/,
    );
    expect(sink.received).toHaveLength(0);
  });
});

describe('a subgraph server writing the access log', () => {
  let servers: AccessLoggingSubgraph[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
  });

  async function serve(accessLogUrl: string | undefined) {
    const server = await startAccessLoggingSubgraph(accessLogUrl, {
      clientIds: ['client-1', 'client-2'],
      requestId: 'req-1',
    });
    servers.push(server);
    return async (query: string, headers: Record<string, string> = {}) => ({
      token: server.token,
      ...(await server.query(query, headers)),
    });
  }

  it('appends one batch per request, with the token the subgraph received', async () => {
    const query = await serve(sink.url);
    const { token, body } = await query('{ clients { id name } }');
    expect(body.errors).toBeUndefined();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.headers[TOKEN_HEADER]).toBe(token);
    expect(sink.received[0]!.body.entries).toEqual([
      { subjectType: 'Client', subjectId: 'client-1', action: 'READ', fields: ['name'] },
      { subjectType: 'Client', subjectId: 'client-2', action: 'READ', fields: ['name'] },
    ]);
  });

  // Issue 19: the gateway's token is shared by a caller's requests; each request's id goes beside it.
  it("sends each request's own id beside the shared token", async () => {
    const query = await serve(sink.url);
    const first = await query('{ clients { id name } }', { [REQUEST_ID_HEADER]: 'req-first' });
    const second = await query('{ clients { id name } }', { [REQUEST_ID_HEADER]: 'req-second' });
    expect(first.token).toBe(second.token);
    expect(sink.received.map(({ headers }) => [headers[TOKEN_HEADER], headers[REQUEST_ID_HEADER]])).toEqual([
      [first.token, 'req-first'],
      [second.token, 'req-second'],
    ]);
  });

  it('refuses a gateway token that names no request when x-request-id is missing or malformed: 401', async () => {
    const query = await serve(sink.url);
    for (const requestId of ['', 'no spaces allowed', 'x'.repeat(129)]) {
      const refused = await query('{ clients { id name } }', { [REQUEST_ID_HEADER]: requestId });
      expect(refused.status, `x-request-id ${JSON.stringify(requestId)}`).toBe(401);
    }
    expect(sink.received).toHaveLength(0);
  });

  it('passes the trace context of the request on to the log', async () => {
    const query = await serve(sink.url);
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await query('{ clients { id name } }', { traceparent });
    // Tracing is not configured here: the subgraph passes on the context it received, unchanged.
    expect(sink.received[0]!.headers.traceparent).toBe(traceparent);
  });

  it('does not call the log for a request that read no personal data', async () => {
    const query = await serve(sink.url);
    expect((await query('{ hello clients { id } }')).body).toEqual({
      data: { hello: 'hi', clients: [{ id: 'client-1' }, { id: 'client-2' }] },
    });
    expect(sink.received).toHaveLength(0);
  });

  it('withholds the data when the log cannot be written', async () => {
    sink.status = 503;
    const query = await serve(sink.url);
    const { body } = await query('{ clients { id name } }');
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: 'The access log could not be written, so the data is withheld.',
          extensions: { code: 'ACCESS_LOG_UNAVAILABLE' },
        },
      ],
    });
  });

  it('withholds the data when no access log is configured', async () => {
    const query = await serve(undefined);
    const { body } = await query('{ clients { name } }');
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions.code).toBe('ACCESS_LOG_UNAVAILABLE');
  });
});

describe('flushBeforeCommit', () => {
  it('drops the entries of a write whose log flush failed, so that a later flush cannot log it', async () => {
    const recorder = new AccessLogRecorder({ token: 'unused' });
    recorder.wrote('Client', 'client-1', 'bsn');
    await expect(recorder.flush()).rejects.toThrow(AccessLogError);
    expect(recorder.pending).toHaveLength(1);
    await expect(recorder.flushBeforeCommit()).rejects.toThrow(AccessLogError);
    expect(recorder.pending).toEqual([]);
  });
});
