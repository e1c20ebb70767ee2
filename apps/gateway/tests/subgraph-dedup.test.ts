import { ACCESS_LOG_ECHO_EXTENSION } from '@mienskip/kit/access-log-echo';
import type { Caller } from '@mienskip/kit/rules';
import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  fetchKey,
  InFlightFetches,
  isSharableFetch,
  ownCopy,
  ownFailure,
  stableJson,
} from '../src/subgraph-dedup.ts';
import { PROVIDER_CALLER } from './provider-caller.ts';

const caller = PROVIDER_CALLER;
const request = { query: 'query Q__clients__0($id:ID!){client(id:$id){name}}', variables: { id: 'c-1' } };

describe('fetchKey', () => {
  it('is the same for another request of the same caller, scopes and purposes in any order', () => {
    const again: Caller = {
      ...caller,
      requestId: 'req-2',
      scopes: new Set(['personal-data', 'clients:read']),
      allowedPurposes: new Set(['BEKOSTIGING', 'TOELEIDING']),
    };
    expect(fetchKey('clients', again, request)).toBe(fetchKey('clients', caller, request));
  });

  it('differs in every part of who asks, and in subgraph, operation and variables', () => {
    const key = fetchKey('clients', caller, request);
    const others = [
      fetchKey('youth', caller, request),
      fetchKey('clients', { ...caller, keyId: 'key-2' }, request),
      fetchKey('clients', { ...caller, organisationId: 'org-2' }, request),
      fetchKey('clients', { ...caller, organisationKind: 'MUNICIPALITY' }, request),
      fetchKey('clients', { ...caller, scopes: new Set(['clients:read']) }, request),
      fetchKey('clients', { ...caller, purpose: 'BEKOSTIGING' }, request),
      fetchKey('clients', { ...caller, purpose: undefined }, request),
      fetchKey('clients', { ...caller, allowedPurposes: new Set(['TOELEIDING']) }, request),
      fetchKey('clients', { ...caller, allowedPurposes: undefined }, request),
      fetchKey('clients', caller, { ...request, variables: { id: 'c-2' } }),
      fetchKey('clients', caller, { ...request, query: request.query.replace('name', 'id') }),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});

describe('stableJson', () => {
  it('writes equal values alike whatever the order of their keys, and keeps the order of lists', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      stableJson({ a: { c: null, d: [2, 1] }, b: 1 }),
    );
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
  });
});

describe('isSharableFetch', () => {
  it('shares query fetches of queries only', () => {
    const query = 'query Q__clients__0 { rooms { id } }';
    expect(isSharableFetch('query', { query })).toBe(true);
    expect(isSharableFetch('query', { query: '{ rooms { id } }' })).toBe(true);
    expect(isSharableFetch('query', { query, document: parse(query) })).toBe(true);
    expect(isSharableFetch('mutation', { query })).toBe(false);
    expect(isSharableFetch(undefined, { query })).toBe(false);
    expect(isSharableFetch('query', { query: 'mutation M__clients__0 { a }' })).toBe(false);
    expect(isSharableFetch('query', { query: 'queryish', document: parse('mutation M { a }') })).toBe(false);
    expect(isSharableFetch('query', {})).toBe(false);
  });
});

describe('InFlightFetches', () => {
  it('shares one answer while it is under way, and forgets it once it is in', async () => {
    const flights = new InFlightFetches<number>();
    let fetched = 0;
    const start = async () => ++fetched;
    const first = flights.share('k', start);
    const second = flights.share('k', start);
    expect([first.joined, second.joined]).toEqual([false, true]);
    expect(await Promise.all([first.answer, second.answer])).toEqual([1, 1]);
    expect(first.alone()).toBe(false);
    expect(flights.size).toBe(0);
    const third = flights.share('k', start);
    expect(await third.answer).toBe(2);
    expect(third.alone()).toBe(true);
  });

  it('gives every participant the same failure, and forgets it', async () => {
    const flights = new InFlightFetches<number>();
    const failing = () => Promise.reject(new Error('subgraph down'));
    const first = flights.share('k', failing);
    const second = flights.share('k', failing);
    await expect(first.answer).rejects.toThrow('subgraph down');
    await expect(second.answer).rejects.toThrow('subgraph down');
    expect(flights.size).toBe(0);
  });
});

describe('InFlightFetches: whenShared', () => {
  it('runs once per answer, when it is in, with every request that joined it', async () => {
    const calls: { answer: number; joiners: readonly string[] }[] = [];
    const flights = new InFlightFetches<number, string>(async (answer, joiners) => {
      calls.push({ answer, joiners: [...joiners] });
    });
    let letGo: (value: number) => void = () => {};
    const start = () => new Promise<number>((resolve) => (letGo = resolve));
    const leader = flights.share('k', start, 'req-leader');
    const joiners = ['req-a', 'req-b', 'req-c'].map((id) => flights.share('k', start, id));
    expect(calls).toEqual([]);
    letGo(7);
    await Promise.all(joiners.map(({ shared }) => shared));
    expect(calls).toEqual([{ answer: 7, joiners: ['req-a', 'req-b', 'req-c'] }]);
    // The leader's `shared` is the same one; it does not wait on it.
    await leader.shared;
    expect(calls).toHaveLength(1);
  });

  it('does not run when nobody joined', async () => {
    let runs = 0;
    const flights = new InFlightFetches<number, string>(async () => {
      runs++;
    });
    const alone = flights.share('k', async () => 1, 'req-1');
    await alone.shared;
    expect(alone.alone()).toBe(true);
    expect(runs).toBe(0);
  });

  it('fails for every joiner when it fails, and when the fetch fails', async () => {
    const flights = new InFlightFetches<number, string>(() => Promise.reject(new Error('log down')));
    const [, a, b] = ['req-0', 'req-a', 'req-b'].map((id) => flights.share('k', async () => 1, id));
    await expect(a!.shared).rejects.toThrow('log down');
    await expect(b!.shared).rejects.toThrow('log down');
    const failing = new InFlightFetches<number, string>(async () => {});
    const [, joiner] = ['req-0', 'req-a'].map((id) =>
      failing.share('k', () => Promise.reject(new Error('subgraph down')), id),
    );
    await expect(joiner!.shared).rejects.toThrow('subgraph down');
  });
});

describe('ownCopy', () => {
  const shared = {
    data: { client: { id: 'c-1', name: 'A' } },
    errors: [{ message: 'partly', path: ['client'] }],
    extensions: {
      [ACCESS_LOG_ECHO_EXTENSION]: {
        entries: [{ subjectType: 'Client', subjectId: 'c-1', action: 'READ', fields: ['name'] }],
      },
      other: 1,
    },
  };

  it('gives each participant objects of its own, which the gateway may change freely', () => {
    const one = ownCopy(shared).response;
    const two = ownCopy(shared).response;
    (one.data as { client: { name: string } }).client.name = 'changed while merging';
    (one.errors as { message: string }[]).push({ message: 'added' });
    expect(two.data).toEqual({ client: { id: 'c-1', name: 'A' } });
    expect(two.errors).toHaveLength(1);
    expect(shared.data.client.name).toBe('A');
  });

  it('strips the echo of the access log, and hands over its entries', () => {
    const { response, logged } = ownCopy(shared);
    expect(response.extensions).toEqual({ other: 1 });
    expect(logged).toEqual(shared.extensions[ACCESS_LOG_ECHO_EXTENSION].entries);
    expect(ownCopy({ data: {} }).logged).toBeUndefined();
  });
});

describe('ownFailure', () => {
  it('is the same failure in another object', () => {
    const error = new GraphQLError('The clients subgraph is unavailable', {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'clients' },
    });
    const own = ownFailure(error) as GraphQLError;
    expect(own).not.toBe(error);
    expect(own.message).toBe(error.message);
    expect(own.extensions).toEqual(error.extensions);
    const plain = new Error('socket hang up');
    expect(ownFailure(plain)).toBe(plain);
  });
});
