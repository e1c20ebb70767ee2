import { connect } from 'node:net';
import { requireOrSkip } from '@mienskip/testing';
import { describe, expect, it } from 'vitest';
import { redisHealth } from '../src/redis-health.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Something listens at Redis' address (what answers there is `redisHealth`'s to find out). */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379), timeout: 1_000 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Asks until it answers ok or `ms` have passed: the connection is made in the background. */
async function checkUntilOk(health: ReturnType<typeof redisHealth>, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const state = await health.check();
    if (state.ok || Date.now() > deadline) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const haveRedis = requireOrSkip(
  'Redis',
  await listening(REDIS_URL),
  `no Redis at ${REDIS_URL} (set REDIS_URL)`,
);

describe("Redis' state for the gateway's /ready", () => {
  it('reports an unreachable Redis without throwing', async () => {
    const health = redisHealth('redis://127.0.0.1:9');
    expect(await health.check(300)).toEqual({ ok: false, error: 'not connected' });
    await health.close();
  });

  it.runIf(haveRedis)(`reports a Redis that answers (${REDIS_URL})`, async () => {
    const health = redisHealth(REDIS_URL);
    expect(await checkUntilOk(health, 5_000)).toEqual({ ok: true });
    await health.close();
  });
});
