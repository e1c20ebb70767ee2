import { createClient } from 'redis';
import type { DependencyHealth } from './readiness.ts';

export interface RedisHealth {
  check(timeoutMs?: number): Promise<DependencyHealth>;
  close(): Promise<void>;
}

/**
 * Asks the rate limits' Redis whether it answers, for `/ready`'s body only. A connection of its
 * own that keeps reconnecting in the background: an unreachable Redis is reported, never thrown.
 */
export function redisHealth(url: string): RedisHealth {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  client.on('error', () => {}); // Reported by `check`; the rate limiter logs Redis' outages.
  // Never rejects at start: the client keeps reconnecting until closed.
  void client.connect().catch(() => {});
  return {
    async check(timeoutMs = 1_000) {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          client.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('no answer')), timeoutMs);
          }),
        ]);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: client.isReady ? (error as Error).message : 'not connected' };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      try {
        client.destroy();
      } catch {
        // Already closed.
      }
    },
  };
}
