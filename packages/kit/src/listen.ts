import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on the given port (0 for a free one) and resolves once bound; a port in use is a clear
 * start-up error rather than an unhandled event.
 */
export function listen(
  app: Express,
  port: number,
  host: string,
  path = '',
): Promise<RunningServer & { server: Server }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use`) : error);
    });
    server.once('listening', () => {
      const bound = (server.address() as AddressInfo).port;
      // Gateways keep connections alive; outlive their idle timeout so they never hit a closed socket.
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
      resolve({
        server,
        port: bound,
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}${path}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
