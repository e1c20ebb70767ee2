import { type IncomingHttpHeaders, STATUS_CODES } from 'node:http';
import { Agent, type Dispatcher, request } from 'undici';

export interface SubgraphTimeouts {
  connectMs: number;
  requestMs: number;
}

/**
 * One keep-alive connection pool for all subgraph calls, with timeouts: undici doubled the
 * gateway's throughput over the default fetcher (docs/architecture.md, performance rules).
 *
 * The calls go through undici's `request`, behind the part of the fetch API that the data sources
 * and the access-log append read: `ok`, `status`, `statusText`, `url`, `headers.get` and the body
 * once as text, JSON or bytes. undici's own `fetch` builds WHATWG streams and `Headers` for every
 * call, about three times the CPU per call (issue 19, measured in the note).
 */
export function createSubgraphFetcher(timeouts: SubgraphTimeouts) {
  const agent = new Agent({
    keepAliveTimeout: 30_000,
    connections: 64,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.requestMs,
    bodyTimeout: timeouts.requestMs,
  });
  const fetcher = (async (url: string, init: RequestInit = {}) => {
    const answer = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: plainHeaders(init.headers),
      body: init.body as string | Uint8Array | null | undefined,
      signal: init.signal ?? undefined,
      dispatcher: agent,
    });
    return new SubgraphResponse(url, answer.statusCode, answer.headers, answer.body);
  }) as unknown as typeof fetch;
  return { fetcher, close: () => agent.close() };
}

function plainHeaders(headers: HeadersInit | undefined): Record<string, string> | undefined {
  if (
    headers === undefined ||
    (typeof headers === 'object' && !Array.isArray(headers) && !(headers instanceof Headers))
  )
    return headers as Record<string, string> | undefined;
  return Object.fromEntries(headers instanceof Headers ? headers.entries() : headers);
}

/** A subgraph's answer, read as fetch's `Response` is read. */
export class SubgraphResponse {
  readonly ok: boolean;
  readonly headers: AnswerHeaders;
  constructor(
    readonly url: string,
    readonly status: number,
    headers: IncomingHttpHeaders,
    private readonly body: Dispatcher.ResponseData['body'],
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new AnswerHeaders(headers);
  }
  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }
  get bodyUsed(): boolean {
    return this.body.bodyUsed;
  }
  text(): Promise<string> {
    return this.body.text();
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.body.text());
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.arrayBuffer();
  }
}

/** The answer's headers as `Headers` reads them: names in any case, repeated values joined. */
export class AnswerHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw).sort()) yield [name, this.get(name)!];
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.entries()) callback(value, name);
  }
}
