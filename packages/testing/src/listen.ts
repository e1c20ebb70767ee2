import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in server listening on a free loopback port. */
export interface Listening {
  /** `http://127.0.0.1:<port><path>`. */
  url: string;
  /** Stops it, ending kept-alive connections too (a client's pool would hold it open). */
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 (imports only node types, so the kit's tests may use it). */
export async function listenOnLoopback(server: Server, path: string): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
