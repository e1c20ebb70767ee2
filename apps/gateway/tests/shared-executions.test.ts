import type { AccessLogEntry } from '@mienskip/kit/access-log';
import { describe, expect, it } from 'vitest';
import { EchoedAccessLog, executionKey, isShareable } from '../src/shared-executions.ts';
import { PROVIDER_CALLER } from './provider-caller.ts';

// Issue 19: the rules of shared executions that the gateway tests (`shared-fetches.test.ts`) cannot
// reach one by one: what makes two executions identical, and which results may be passed on.

const caller = PROVIDER_CALLER;
const QUERY = 'query Client($id: ID!) { client(id: $id) { id name } }';

function request(
  variables: Record<string, unknown>,
  options: { operation?: 'query' | 'mutation'; source?: string } = {},
) {
  return {
    source: options.source ?? QUERY,
    operation: { operation: options.operation ?? 'query' },
    request: { query: options.source ?? QUERY, operationName: 'Client', variables },
  } as unknown as Parameters<typeof executionKey>[0];
}

const entry: AccessLogEntry = { subjectType: 'Client', subjectId: 'c-1', action: 'READ', fields: ['name'] };

describe('executionKey', () => {
  it('is the same for the same caller, text and variables in any order', () => {
    expect(executionKey(request({ a: 1, b: 2 }), caller)).toBe(executionKey(request({ b: 2, a: 1 }), caller));
  });

  it('differs by caller, purpose, variables and text', () => {
    const key = executionKey(request({ id: 'c-1' }), caller);
    const others = [
      executionKey(request({ id: 'c-1' }), { ...caller, keyId: 'key-2' }),
      executionKey(request({ id: 'c-1' }), { ...caller, purpose: 'BEKOSTIGING' }),
      executionKey(request({ id: 'c-2' }), caller),
      executionKey(request({ id: 'c-1' }, { source: `${QUERY} ` }), caller),
    ];
    for (const other of others) expect(other).not.toBe(key);
  });

  it('is none for a mutation or without a caller', () => {
    expect(executionKey(request({}, { operation: 'mutation' }), caller)).toBeUndefined();
    expect(executionKey(request({}), undefined)).toBeUndefined();
  });
});

describe('isShareable', () => {
  const echoed = () => {
    const log = new EchoedAccessLog();
    log.note('clients', [entry]);
    log.note('locations', []);
    return log;
  };

  it('passes on data whose every fetch echoed what it logged', () => {
    const log = echoed();
    expect(isShareable({ data: { client: null } }, log)).toBe(true);
    expect(log.bySubgraph).toEqual([{ subgraph: 'clients', entries: [entry] }]);
  });

  it('keeps a result with errors, extensions, or a fetch that did not echo', () => {
    expect(isShareable({ data: null, errors: [new Error('x')] } as never, echoed())).toBe(false);
    expect(isShareable({ data: {}, extensions: { plan: true } }, echoed())).toBe(false);
    const silent = echoed();
    silent.note('audit', undefined);
    expect(isShareable({ data: {} }, silent)).toBe(false);
  });
});
