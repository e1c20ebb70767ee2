import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AccessLogEntry } from '@mienskip/kit/access-log';
import { ACCESS_LOG_WRITERS } from '@mienskip/kit/catalogue';
import type { Caller } from '@mienskip/kit/rules';
import {
  createTokenVerifier,
  REQUEST_ID_HEADER,
  TOKEN_HEADER,
  type TokenVerifier,
} from '@mienskip/kit/token';
import { listenOnLoopback } from './listen.ts';
import { testKeyMaterial } from './tokens.ts';

/** One POST a subgraph sent: who (from the verified token), which subgraph, what. */
export interface ReceivedBatch {
  caller: Caller;
  /** The token's `aud`: the data subgraph that appended. */
  source: string;
  entries: AccessLogEntry[];
}

export interface AccessLogSink {
  /** Pass as `accessLogUrl` to `startTestSubgraph`. */
  url: string;
  readonly batches: ReceivedBatch[];
  /** Every entry of every batch, in arrival order. */
  readonly entries: AccessLogEntry[];
  /** While true, every POST is answered 503 (the log is down). */
  failing: boolean;
  close(): Promise<void>;
}

/**
 * The access log's stand-in for subgraph-level tests (a subgraph package may not start the audit
 * package): verifies the token as the audit service does, for any data subgraph, with the test
 * keys, and keeps what it received in memory.
 */
export async function startAccessLogSink(): Promise<AccessLogSink> {
  const verifier = createTokenVerifier((await testKeyMaterial()).publicJwks, ACCESS_LOG_WRITERS);
  const batches: ReceivedBatch[] = [];
  const sink = {
    url: '',
    batches,
    get entries() {
      return batches.flatMap((batch) => batch.entries);
    },
    failing: false,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    void receive(req, res, verifier, sink.failing, batches);
  });
  const listening = await listenOnLoopback(server, '/entries');
  sink.url = listening.url;
  sink.close = listening.close;
  return sink;
}

async function receive(
  req: IncomingMessage,
  res: ServerResponse,
  verifier: TokenVerifier,
  failing: boolean,
  batches: ReceivedBatch[],
): Promise<void> {
  let text = '';
  for await (const chunk of req) text += chunk;
  if (req.method !== 'POST' || req.url !== '/entries') return void res.writeHead(404).end();
  if (failing) return void res.writeHead(503).end();
  let verified: Awaited<ReturnType<TokenVerifier['verifyWithAudience']>>;
  try {
    verified = await verifier.verifyWithAudience(req.headers[TOKEN_HEADER] as string | undefined, {
      requestId: req.headers[REQUEST_ID_HEADER] as string | undefined,
    });
  } catch {
    return void res.writeHead(401).end();
  }
  let entries: AccessLogEntry[];
  try {
    entries = (JSON.parse(text) as { entries: AccessLogEntry[] }).entries;
    if (!Array.isArray(entries) || entries.length === 0) throw new Error('no entries');
  } catch {
    return void res.writeHead(400).end();
  }
  // Kept before the answer: once the subgraph has its 204, the test may look.
  batches.push({ caller: verified.caller, source: verified.audience, entries });
  res.writeHead(204).end();
}
