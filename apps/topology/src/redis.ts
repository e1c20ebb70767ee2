import { type HostProcess, startInHost, tcpOpen, waitUntil } from './hosts.ts';
import type { NetHost } from './netns.ts';

export const REDIS_PORT = 6379;

export interface RedisServer {
  host: NetHost;
  process: HostProcess;
  url: string;
}

/** A Redis of its own on `host`, listening on the host's address, nothing persisted. */
export async function startRedis(host: NetHost, logFile: string): Promise<RedisServer> {
  const process = startInHost(
    host,
    'redis',
    {
      file: 'redis-server',
      args: [
        '--bind',
        host.address,
        '--port',
        String(REDIS_PORT),
        '--save',
        '',
        '--appendonly',
        'no',
        // Reached from other hosts without a password: a throw-away server on a private bridge.
        '--protected-mode',
        'no',
      ],
    },
    logFile,
  );
  await waitUntil(process, 'connections', tcpOpen(host.address, REDIS_PORT), 30_000);
  return { host, process, url: `redis://${host.address}:${REDIS_PORT}` };
}
