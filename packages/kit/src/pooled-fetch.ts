import http, { type IncomingHttpHeaders, STATUS_CODES } from 'node:http';
import https from 'node:https';

/** How a pool of keep-alive connections behaves; every limit applies per host. */
export interface PoolOptions {
  /** Most connections per host (default 64); further calls wait for one. */
  connections?: number;
  /** How long an unused connection is kept open (default 30 s). */
  keepAliveMs?: number;
  /** How long connecting may take (default: as long as the system allows). */
  connectTimeoutMs?: number;
  /** How long a call may go without a byte from the other side (default: no limit). */
  idleTimeoutMs?: number;
}

export interface Pool {
  fetch: typeof fetch;
  close(): void;
}

/**
 * Service-to-service HTTP calls (the gateway's subgraph fetches, look-ups, access-log appends) on
 * a keep-alive pool of Node's own HTTP client, behind the part of the fetch API these callers read:
 * `ok`, `status`, `statusText`, `url`, `headers.get` and the body once as text, JSON or bytes. The
 * whole answer is read before the call resolves. A deadline is the caller's `signal`, as with fetch.
 *
 * Why not fetch or undici (issue 19): Node's `fetch` builds WHATWG streams and `Headers` for every
 * call, and undici holds each call on a kept-alive connection back until the event loop's next
 * check phase, so a subgraph fetch left only after every request that arrived with it had been
 * read — about a millisecond per request cycle under load. Node's client writes at once.
 */
export function createPool(options: PoolOptions = {}): Pool {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.connections ?? 64,
    timeout: options.keepAliveMs ?? 30_000,
    scheduling: 'lifo' as const,
  };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  return {
    fetch: ((url: string, init: RequestInit = {}) =>
      call(url, init, agents, options)) as unknown as typeof fetch,
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

let shared: Pool | undefined;
/** One pool per process for the kit's own calls (look-ups, access-log appends). */
export function sharedPooledFetch(): typeof fetch {
  shared ??= createPool();
  return shared.fetch;
}

function call(
  url: string,
  init: RequestInit,
  agents: { http: http.Agent; https: https.Agent },
  options: PoolOptions,
): Promise<PooledResponse> {
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return reject(signal.reason);
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const request = (secure ? https : http).request(target, {
      method: init.method ?? 'GET',
      headers: plainHeaders(init.headers),
      agent: secure ? agents.https : agents.http,
    });
    const abort = () => request.destroy(signal!.reason);
    signal?.addEventListener('abort', abort, { once: true });
    const settled = () => signal?.removeEventListener('abort', abort);
    request.once('error', (error) => {
      settled();
      reject(error);
    });
    if (options.idleTimeoutMs !== undefined)
      request.setTimeout(options.idleTimeoutMs, () =>
        request.destroy(timeoutError(`no answer from ${target.host} for ${options.idleTimeoutMs} ms`)),
      );
    if (options.connectTimeoutMs !== undefined) {
      const ms = options.connectTimeoutMs;
      request.once('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(
          () => request.destroy(timeoutError(`could not connect to ${target.host} within ${ms} ms`)),
          ms,
        );
        socket.once('connect', () => clearTimeout(timer));
        request.once('close', () => clearTimeout(timer));
      });
    }
    request.once('response', (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      // An answer that breaks off (the connection reset mid-body) fails the call.
      answer.once('error', (error) => {
        settled();
        reject(error);
      });
      answer.once('end', () => {
        settled();
        resolve(new PooledResponse(url, answer.statusCode ?? 0, answer.headers, Buffer.concat(chunks)));
      });
    });
    request.end(init.body as string | Uint8Array | null | undefined);
  });
}

function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { name: 'TimeoutError', code: 'ETIMEDOUT' });
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
  bodyUsed = false;
  constructor(
    readonly url: string,
    readonly status: number,
    headers: IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new AnswerHeaders(headers);
  }
  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }
  private use(): Buffer {
    if (this.bodyUsed) throw new TypeError('Body has already been read');
    this.bodyUsed = true;
    return this.body;
  }
  async text(): Promise<string> {
    return this.use().toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.use().toString('utf8'));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.use();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
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
