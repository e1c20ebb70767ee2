import { createClient } from 'redis';

/** The Redis the Redis-backed tests use (CI sets REDIS_URL). */
export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Whether a Redis answers at `url` within a second, for `requireOrSkip`. */
export async function redisReachable(url = REDIS_URL): Promise<boolean> {
  const client = createClient({
    url,
    socket: { connectTimeout: 1_000, reconnectStrategy: false },
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    await client.close();
    return true;
  } catch {
    client.destroy();
    return false;
  }
}
