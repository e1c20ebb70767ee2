import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { BffConfig } from './config.ts';
import { graphqlProxy } from './graphql-proxy.ts';
import { sendGraphQLError, sendJson } from './http.ts';
import { loadManifest } from './manifest.ts';
import { staticFiles } from './static-files.ts';

export interface RunningBff {
  server: Server;
  /** `http://<host>:<port>` */
  url: string;
  close(): Promise<void>;
}

/**
 * The room planner's backend-for-frontend: the built app, `POST /graphql` for the registered
 * documents only (sent on to the gateway with the room planner's key), and `/health`.
 */
export async function startBff(config: BffConfig, logger: Logger): Promise<RunningBff> {
  const documents = loadManifest(config.manifestFile);
  const graphql = graphqlProxy(config, documents, logger);
  const files = staticFiles(config.distDir);
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const handle =
      path === '/graphql'
        ? graphql(request, response)
        : path === '/health'
          ? Promise.resolve(sendJson(response, 200, { status: 'ok', documents: documents.size }))
          : files(request, response);
    handle.catch((error: Error) => {
      logger.error({ error: error.message, path }, 'request failed');
      if (!response.headersSent)
        sendGraphQLError(response, 500, 'INTERNAL_SERVER_ERROR', 'The room planner failed');
      else response.destroy();
    });
  });
  server.requestTimeout = config.upstreamTimeoutMs + 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
