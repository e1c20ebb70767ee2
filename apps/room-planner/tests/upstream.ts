import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Upstream {
  /** Its `/graphql`. */
  url: string;
  received: ReceivedRequest[];
  /** What it answers next (default 200 `{"data":{"rooms":[]}}`), after `delayMs`. */
  answer: { status: number; body: string; contentType: string; delayMs: number };
  close(): Promise<void>;
}

/** A real HTTP server standing in for the gateway: it records what reaches it and answers as told. */
export async function startUpstream(): Promise<Upstream> {
  const upstream: Upstream = {
    url: '',
    close: async () => {},
    received: [],
    answer: { status: 200, body: '{"data":{"rooms":[]}}', contentType: 'application/json', delayMs: 0 },
  };
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      upstream.received.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      const { status, body: answer, contentType, delayMs } = upstream.answer;
      setTimeout(() => {
        if (response.destroyed) return;
        response.writeHead(status, { 'content-type': contentType });
        response.end(answer);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  upstream.url = `http://127.0.0.1:${port}/graphql`;
  upstream.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return upstream;
}
