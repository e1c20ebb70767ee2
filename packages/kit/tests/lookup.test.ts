import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../src/caller.ts';
import { OwnerUnavailableError } from '../src/domain-errors.ts';
import { createLookupClient, entityLookup, type LookupContext } from '../src/lookup.ts';
import {
  createServiceTokenSigner,
  createTokenVerifier,
  generateKeyMaterial,
  generateServiceKeyMaterial,
  type ServiceTokenSigner,
  TOKEN_HEADER,
} from '../src/token.ts';
import { contextFromHeaders } from '../src/trace-context.ts';

interface WorkerFacts {
  id: string;
  role: string;
}

const WORKERS: Record<string, WorkerFacts> = {
  'w-1': { id: 'w-1', role: 'SOCIAAL_WERKER' },
  'w-2': { id: 'w-2', role: 'JET_LID' },
  'w-3': { id: 'w-3', role: 'VRIJWILLIGER' },
};

/** What the stand-in owner received: one entry per `_entities` call. */
interface Received {
  caller: Caller;
  ids: string[];
  query: string;
  traceparent: string | undefined;
}

let signer: ServiceTokenSigner;
let owner: { url: string; received: Received[]; mode: 'answer' | 'refuse' | 'slow' | 'error'; close(): void };
let down: string;

/** A locations stand-in: verifies the service token as a subgraph does and answers `_entities` from WORKERS. */
async function startOwner(verifier: ReturnType<typeof createTokenVerifier>) {
  const state = { url: '', received: [] as Received[], mode: 'answer' as typeof owner.mode, close: () => {} };
  const server: Server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    let caller: Caller;
    try {
      caller = await verifier.verify(req.headers[TOKEN_HEADER] as string | undefined);
    } catch {
      return void res
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"errors":[{"message":"no"}]}');
    }
    if (state.mode === 'refuse') return void res.writeHead(401).end();
    if (state.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 500));
    const { query, variables } = JSON.parse(text) as {
      query: string;
      variables: { representations: { __typename: string; id: string }[] };
    };
    const ids = variables.representations.map((r) => r.id);
    state.received.push({ caller, ids, query, traceparent: req.headers.traceparent as string | undefined });
    const body =
      state.mode === 'error'
        ? { data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }
        : { data: { _entities: ids.map((id) => WORKERS[id] ?? null) } };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  state.close = () => {
    server.close();
    server.closeAllConnections();
  };
  return state;
}

beforeAll(async () => {
  const gateway = await generateKeyMaterial('gateway');
  const service = await generateServiceKeyMaterial('clients');
  signer = await createServiceTokenSigner(service.privateJwk, 'clients');
  owner = await startOwner(
    createTokenVerifier({ keys: [...gateway.publicJwks.keys, ...service.publicJwks.keys] }, 'locations'),
  );
  // A port that was just free: nothing listens there.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  down = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/graphql`;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(() => owner?.close());
beforeEach(() => {
  owner.received.length = 0;
  owner.mode = 'answer';
});

let requests = 0;
function request(url = owner.url, options: { timeoutMs?: number; signed?: boolean } = {}): LookupContext {
  return {
    caller: { requestId: `req-${++requests}` },
    lookups: createLookupClient({
      signer: options.signed === false ? undefined : signer,
      ownerUrls: { locations: url },
      ...(options.timeoutMs && { timeoutMs: options.timeoutMs }),
    }),
  };
}

const lookupOfWorkers = () =>
  entityLookup<WorkerFacts>({ owner: 'locations', typename: 'Worker', selection: 'id role' });

describe('entityLookup', () => {
  it('asks the owner once per request and tick, for every id at once, with a service token', async () => {
    const workers = lookupOfWorkers();
    const context = request();
    const [one, [two, missing]] = await Promise.all([
      workers.load(context, 'w-1'),
      workers.loadMany(context, ['w-2', 'w-404']),
    ]);
    expect(one).toEqual(WORKERS['w-1']);
    expect(two).toEqual(WORKERS['w-2']);
    expect(missing).toBeNull();
    expect(owner.received).toHaveLength(1);
    expect(owner.received[0]!.ids).toEqual(['w-1', 'w-2', 'w-404']);
    expect(owner.received[0]!.query).toContain('... on Worker { id role }');
    expect(owner.received[0]!.caller).toMatchObject({
      keyId: 'service:clients',
      requestId: context.caller.requestId,
      scopes: new Set(['locations:read']),
    });
  });

  it("passes the request's trace context on to the owner, with no context manager to carry it", async () => {
    const caller = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    // What a subgraph puts in its GraphQL context when tracing is off: the caller's span, no tracer.
    const traceContext = contextFromHeaders({ traceparent: caller }, ROOT_CONTEXT);
    expect(context.with(traceContext, () => context.active())).toBe(ROOT_CONTEXT); // none installed
    await lookupOfWorkers().load({ ...request(), traceContext }, 'w-3');
    await lookupOfWorkers().load(request(), 'w-2');
    expect(owner.received.map((received) => received.traceparent)).toEqual([caller, undefined]);
  });

  it('keeps answers process-wide for a while, but asks again for what the owner did not have', async () => {
    const workers = lookupOfWorkers();
    await workers.loadMany(request(), ['w-1', 'w-404']);
    const [again, stillMissing] = await workers.loadMany(request(), ['w-1', 'w-404']);
    expect(again).toEqual(WORKERS['w-1']);
    expect(stillMissing).toBeNull();
    expect(owner.received.map((r) => r.ids)).toEqual([['w-1', 'w-404'], ['w-404']]);
  });

  it('keeps at most the stated number of answers, for at most the stated time', async () => {
    const bounded = entityLookup<WorkerFacts>({
      owner: 'locations',
      typename: 'Worker',
      selection: 'id role',
      cache: { maxEntries: 2, ttlMs: 100 },
    });
    await bounded.loadMany(request(), ['w-1', 'w-2', 'w-3']);
    await bounded.load(request(), 'w-1'); // evicted: the least recently used of three
    await bounded.load(request(), 'w-3'); // kept
    await new Promise((resolve) => setTimeout(resolve, 150));
    await bounded.load(request(), 'w-3'); // expired
    expect(owner.received.map((r) => r.ids)).toEqual([['w-1', 'w-2', 'w-3'], ['w-1'], ['w-3']]);
  });

  it('is an OwnerUnavailableError when the owner is not running', async () => {
    const failure = lookupOfWorkers().load(request(down), 'w-1');
    await expect(failure).rejects.toBeInstanceOf(OwnerUnavailableError);
    await expect(failure).rejects.toMatchObject({ owner: 'locations' });
  });

  it('is an OwnerUnavailableError when the owner refuses, answers with errors or is too slow', async () => {
    const workers = lookupOfWorkers();
    owner.mode = 'refuse';
    await expect(workers.load(request(), 'w-1')).rejects.toBeInstanceOf(OwnerUnavailableError);
    owner.mode = 'error';
    await expect(workers.loadMany(request(), ['w-1'])).rejects.toBeInstanceOf(OwnerUnavailableError);
    owner.mode = 'slow';
    const started = Date.now();
    await expect(workers.load(request(owner.url, { timeoutMs: 100 }), 'w-1')).rejects.toBeInstanceOf(
      OwnerUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(450);
  });

  it('is an OwnerUnavailableError, without a call, when this service has no signing key', async () => {
    await expect(lookupOfWorkers().load(request(owner.url, { signed: false }), 'w-1')).rejects.toBeInstanceOf(
      OwnerUnavailableError,
    );
    expect(owner.received).toHaveLength(0);
  });
});
