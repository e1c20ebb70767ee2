import { describe, expect, it } from 'vitest';
import {
  type ClusterState,
  clusterRefusal,
  onWorkerExit,
  parseGatewayWorkers,
  RESTART_WINDOW_MS,
} from '../src/cluster/policy.ts';

describe('MIENSKIP_GATEWAY_WORKERS', () => {
  it('is 1 (no cluster) when unset or empty, a whole number of at least 1, or one per core with auto', () => {
    expect(parseGatewayWorkers(undefined, 8)).toBe(1);
    expect(parseGatewayWorkers('', 8)).toBe(1);
    expect(parseGatewayWorkers('3', 8)).toBe(3);
    expect(parseGatewayWorkers('auto', 2)).toBe(2);
  });

  it('refuses anything else, naming the variable', () => {
    for (const raw of ['0', '-1', '1.5', 'two', ' 2', '2e0', 'AUTO'])
      expect(() => parseGatewayWorkers(raw, 2)).toThrow(
        `MIENSKIP_GATEWAY_WORKERS must be a whole number (1 or more) or "auto", not "${raw}"`,
      );
  });
});

describe('more than one worker needs PostgreSQL and Redis', () => {
  const both = { databaseUrl: 'postgres://db', redisUrl: 'redis://redis' };

  it('allows one worker on anything, and several on both', () => {
    expect(clusterRefusal(1, {})).toBeUndefined();
    expect(clusterRefusal(4, both)).toBeUndefined();
  });

  it('says which is missing and why', () => {
    expect(clusterRefusal(2, {})).toMatch(
      /DATABASE_URL \(PGlite takes one process\), REDIS_URL \(rate limits/,
    );
    expect(clusterRefusal(2, { ...both, redisUrl: undefined })).toMatch(/missing: REDIS_URL \(rate limits/);
    expect(clusterRefusal(2, { ...both, databaseUrl: undefined })).toMatch(/missing: DATABASE_URL \(PGlite/);
  });
});

describe('what a worker exit means', () => {
  const starting: ClusterState = { phase: 'starting', restarts: [], failed: false };
  const running: ClusterState = { ...starting, phase: 'running' };
  const stopping: ClusterState = { ...starting, phase: 'stopping' };
  const exit = { listened: true, clean: false, remaining: 1, now: 1_000_000 };

  it('aborts the start when a worker ends before it listened', () => {
    const { decision, state } = onWorkerExit(starting, { ...exit, listened: false }, 2);
    expect(decision).toEqual({ action: 'abort', reason: 'start-up' });
    expect(state).toMatchObject({ phase: 'stopping', failed: true });
  });

  it('replaces a worker that died while serving, up to the budget in a minute, then gives up', () => {
    let state = running;
    for (let i = 0; i < 2; i++) {
      const next = onWorkerExit(state, { ...exit, now: exit.now + i }, 2);
      expect(next.decision).toEqual({ action: 'replace' });
      state = next.state;
    }
    const third = onWorkerExit(state, { ...exit, now: exit.now + 2 }, 2);
    expect(third.decision).toEqual({ action: 'abort', reason: 'restarts' });
    // A minute later the budget is whole again.
    const later = onWorkerExit(state, { ...exit, now: exit.now + RESTART_WINDOW_MS + 1 }, 2);
    expect(later.decision).toEqual({ action: 'replace' });
    expect(later.state.restarts).toEqual([exit.now + RESTART_WINDOW_MS + 1]);
  });

  it('replaces a worker that served and died while the others were still starting', () => {
    expect(onWorkerExit(starting, exit, 2).decision).toEqual({ action: 'replace' });
  });

  it('while stopping, waits for the last, then exits 0 only if all stopped cleanly', () => {
    const first = onWorkerExit(stopping, { ...exit, clean: true }, 2);
    expect(first.decision).toEqual({ action: 'wait' });
    expect(onWorkerExit(first.state, { ...exit, clean: true, remaining: 0 }, 2).decision).toEqual({
      action: 'exit',
      code: 0,
    });
    const failed = onWorkerExit(stopping, { ...exit, clean: false }, 2);
    expect(onWorkerExit(failed.state, { ...exit, clean: true, remaining: 0 }, 2).decision).toEqual({
      action: 'exit',
      code: 1,
    });
  });

  it('while stopping on a signal, counts a worker that signal ended (one still starting) as stopped cleanly', () => {
    const onSigterm: ClusterState = { ...stopping, stopSignal: 'SIGTERM' };
    const ended = { ...exit, listened: false, clean: false, signal: 'SIGTERM', remaining: 0 };
    expect(onWorkerExit(onSigterm, ended, 2).decision).toEqual({ action: 'exit', code: 0 });
    // Another signal, one nobody passed on, or one that ended a worker already serving (which
    // stops on its own handler) is a failure still.
    for (const other of [
      { ...ended, signal: 'SIGKILL' },
      { ...ended, listened: true },
    ])
      expect(onWorkerExit(onSigterm, other, 2).decision).toEqual({ action: 'exit', code: 1 });
    expect(onWorkerExit(stopping, ended, 2).decision).toEqual({ action: 'exit', code: 1 });
  });

  it('exits 1 once the others are gone after an abort', () => {
    const aborted = onWorkerExit(starting, { ...exit, listened: false }, 2).state;
    expect(onWorkerExit(aborted, { ...exit, clean: true, remaining: 0 }, 2).decision).toEqual({
      action: 'exit',
      code: 1,
    });
  });
});
