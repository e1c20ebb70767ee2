import { type IncomingHttpHeaders, STATUS_CODES } from 'node:http';
import { Agent, type Dispatcher, request } from 'undici';

/**
 * Service-to-service HTTP calls (the gateway's subgraph fetches, look-ups, access-log appends)
 * through undici's `request` on a keep-alive pool, behind the part of the fetch API these callers
 * read: `ok`, `status`, `statusText`, `url`, `headers.get` and the body once as text, JSON or bytes.
 * Node's `fetch` builds WHATWG streams and `Headers` for every call: about three times the CPU per
 * call (issue 19). A timeout is the caller's `signal`, as with fetch.
 */
export function pooledFetch(dispatcher: Dispatcher): typeof fetch {
  return (async (url: string, init: RequestInit = {}) => {
    const answer = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: plainHeaders(init.headers),
      body: init.body as string | Uint8Array | null | undefined,
      signal: init.signal ?? undefined,
      dispatcher,
    });
    return new PooledResponse(url, answer.statusCode, answer.headers, answer.body);
  }) as unknown as typeof fetch;
}

let shared: typeof fetch | undefined;
/** One pool per process for the kit's own calls (look-ups, access-log appends). */
export function sharedPooledFetch(): typeof fetch {
  shared ??= pooledFetch(new Agent({ keepAliveTimeout: 30_000, connections: 64 }));
  return shared;
}

function plainHeaders(headers: RequestInit['headers']): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  return headers as Record<string, string>;
}

/** An answer, read as fetch's `Response` is read. */
class PooledResponse {
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
class AnswerHeaders {
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
