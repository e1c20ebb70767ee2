import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createExpressServer } from './express-server.ts';
import { isReadyPhase, nextStopPhase, type StopPhase } from './graceful-stop.ts';

export interface RunningServer {
  url: string;
  port: number;
  /** Closes at once, cutting any request in flight (tests). */
  close(): Promise<void>;
}

export interface ListeningServer extends RunningServer {
  server: Server;
  /** False from the start of `drain` on: backs `/ready`. */
  readonly accepting: boolean;
  /**
   * Stops taking connections, lets the requests in flight finish (closing each keep-alive
   * connection once it is idle) and, after `graceMs`, cuts what is left. Resolves once closed.
   */
  drain(graceMs: number): Promise<void>;
}

/**
 * Listens on the given port (0 for a free one) and resolves once bound; a port in use is a clear
 * start-up error rather than an unhandled event.
 */
export function listen(app: Express, port: number, host: string, path = ''): Promise<ListeningServer> {
  return new Promise((resolve, reject) => {
    let phase: StopPhase = 'accepting';
    const open = new Set<ServerResponse>();
    const server = createExpressServer(app).listen(port, host);
    server.on('request', (_req, res: ServerResponse) => {
      open.add(res);
      if (phase !== 'accepting') res.shouldKeepAlive = false;
      res.once('close', () => {
        open.delete(res);
        // The connection it came on is idle now: close it rather than wait for its next request.
        if (phase === 'draining') setImmediate(() => server.closeIdleConnections());
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use`) : error);
    });
    server.once('listening', () => {
      const bound = (server.address() as AddressInfo).port;
      // Gateways keep connections alive; outlive their idle timeout so they never hit a closed socket.
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
      const drain = (graceMs: number) =>
        new Promise<void>((done, fail) => {
          phase = nextStopPhase(phase, 'stop');
          // Answers not yet begun say `Connection: close`, so their clients do not reuse the socket.
          for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
          const force = setTimeout(() => server.closeAllConnections(), graceMs);
          server.close((error) => {
            clearTimeout(force);
            phase = nextStopPhase(phase, 'drained');
            error ? fail(error) : done();
          });
          server.closeIdleConnections();
        });
      resolve({
        server,
        port: bound,
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}${path}`,
        get accepting() {
          return isReadyPhase(phase);
        },
        drain,
        close: () => drain(0),
      });
    });
  });
}
