import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportGraphError } from '../../src/report/errors.ts';
import { graphClient } from '../../src/report/graph.ts';
import { COUNCIL_MANIFEST, councilOperation, TABLES } from '../../src/report/operations.ts';
import { closedPort } from '../support/closed-port.ts';

const URL = 'http://gateway.test/graphql';

/** A gateway's answer, as a `fetch` would return it. */
const answering =
  (status: number, body: unknown, sent: RequestInit[] = []): typeof fetch =>
  async (_url, init) => {
    sent.push(init!);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };

async function failure(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportGraphError);
  return (error as Error).message;
}

const wmo = councilOperation('wmo');

describe('the report’s graph client', () => {
  it('sends each operation’s document id from the council’s manifest, never its text, with the key', async () => {
    const sent: RequestInit[] = [];
    const client = graphClient({
      gatewayUrl: URL,
      apiKey: 'msk_k',
      fetch: answering(200, { data: { ok: 1 } }, sent),
    });
    for (const table of TABLES) await client.run(councilOperation(table), { from: '2021-01-01' });
    expect(client.requests).toBe(TABLES.length);
    const manifest: Record<string, string> = JSON.parse(readFileSync(COUNCIL_MANIFEST, 'utf8'));
    const names = TABLES.map((t) => `Council${t[0]!.toUpperCase()}${t.slice(1)}`);
    for (const [i, name] of names.entries()) {
      const body = JSON.parse(String(sent[i]!.body));
      expect(Object.keys(body).sort()).toEqual(['documentId', 'operationName', 'variables']);
      expect(body.operationName).toBe(name);
      expect(body.variables).toEqual({ from: '2021-01-01' });
      // The manifest's document of that operation: its id is the SHA-256 of its text.
      const text = manifest[body.documentId]!;
      expect(text).toMatch(new RegExp(`^query ${name}\\b`));
      expect(body.documentId).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      expect((sent[i]!.headers as Record<string, string>).authorization).toBe('Bearer msk_k');
    }
  });

  it('names the gateway when it cannot be reached', async () => {
    const gatewayUrl = `http://127.0.0.1:${await closedPort()}/graphql`;
    const message = await failure(graphClient({ gatewayUrl, apiKey: 'msk_k' }).run(wmo));
    expect(message).toMatch(
      /^Cannot reach the gateway at http:\/\/127\.0\.0\.1:\d+\/graphql .*set MIENSKIP_GATEWAY_URL/,
    );
  });

  it('names MIENSKIP_API_KEY when the key is refused', async () => {
    const fetch = answering(401, {
      errors: [{ message: 'Unknown API key', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch }).run(wmo))).toMatch(
      /refused the key: set MIENSKIP_API_KEY/,
    );
  });

  it('names the operation and the keys command binding the key to the council app when it is not trusted', async () => {
    const fetch = answering(403, {
      errors: [
        {
          message: 'This API key may only run the persisted documents of the apps it is bound to',
          extensions: { code: 'OPERATION_NOT_TRUSTED' },
        },
      ],
    });
    const message = await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch }).run(wmo));
    expect(message).toContain('CouncilWmo (apps/gateway/operations/council/wmo.graphql)');
    expect(message).toContain('pnpm keys update --id <key-id> --apps council\n');
  });

  it('names the missing scope and pnpm keys when a field is forbidden', async () => {
    const fetch = answering(200, {
      data: { clientStatisticsSeries: null },
      errors: [
        {
          message: 'Not allowed to read Query.clientStatisticsSeries: needs the statistics scope',
          path: ['clientStatisticsSeries'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    const message = await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch }).run(wmo));
    expect(message).toMatch(/lacks the scope statistics that CouncilWmo needs/);
    expect(message).toMatch(/pnpm keys/);
  });

  it('reads on when only a field for municipal keys is refused, leaving it out', async () => {
    const progress: string[] = [];
    const fetch = answering(200, {
      data: { clientStatisticsSeries: [{ decisions: null }] },
      errors: [
        {
          message: 'Not allowed to read ClientStatistics.decisions: municipal keys only',
          path: ['clientStatisticsSeries', 0, 'decisions'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    const client = graphClient({
      gatewayUrl: URL,
      apiKey: 'msk_k',
      fetch,
      progress: (l) => progress.push(l),
    });
    expect(await client.run(wmo)).toEqual({ clientStatisticsSeries: [{ decisions: null }] });
    expect(progress.join('\n')).toMatch(/may not read decisions, objectionsByOutcome/);
  });

  it('stops on any other error, with the gateway’s message', async () => {
    const fetch = answering(400, {
      errors: [
        {
          message: 'Refused by the gateway: the query would cost more than 50000.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    expect(await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch }).run(wmo))).toMatch(
      /answered CouncilWmo with errors \(HTTP 400\)[\s\S]*cost more than 50000/,
    );
    const unknown = answering(400, {
      errors: [
        { message: 'No persisted document has the id', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      ],
    });
    expect(
      await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch: unknown }).run(wmo)),
    ).toContain(
      `the gateway does not know the council's document ${wmo.documentId}: restart it with the manifests of apps/gateway/operations/council (pnpm codegen)`,
    );
    const html = async () => new Response('<html>not found</html>', { status: 404 });
    expect(await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch: html }).run(wmo))).toMatch(
      /without GraphQL/,
    );
  });
});
