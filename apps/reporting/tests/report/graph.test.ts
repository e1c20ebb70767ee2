import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportGraphError } from '../../src/report/errors.ts';
import { graphClient } from '../../src/report/graph.ts';
import { COUNCIL_OPERATIONS_DIR, councilOperation, TABLES } from '../../src/report/operations.ts';
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
  it('sends each operation’s file byte for byte (the gateway trusts it by that text’s hash), with the key', async () => {
    const sent: RequestInit[] = [];
    const client = graphClient({
      gatewayUrl: URL,
      apiKey: 'msk_k',
      fetch: answering(200, { data: { ok: 1 } }, sent),
    });
    for (const table of TABLES) await client.run(councilOperation(table), { from: '2021-01-01' });
    expect(client.requests).toBe(TABLES.length);
    for (const [i, table] of TABLES.entries()) {
      const body = JSON.parse(String(sent[i]!.body));
      const file = readFileSync(join(COUNCIL_OPERATIONS_DIR, `${table}.graphql`));
      const hash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
      expect(hash(body.query)).toBe(hash(file));
      expect(body.operationName).toMatch(/^Council[A-Z]/);
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

  it('names the council operations’ directory and the keys command when an operation is not trusted', async () => {
    const fetch = answering(403, {
      errors: [
        {
          message: 'This API key may only run its registered operations',
          extensions: { code: 'OPERATION_NOT_TRUSTED' },
        },
      ],
    });
    const message = await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch }).run(wmo));
    expect(message).toContain('CouncilWmo (apps/gateway/operations/council/wmo.graphql)');
    expect(message).toContain(
      'pnpm keys update --id <key-id> --trusted-operations apps/gateway/operations/council',
    );
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
    const html = async () => new Response('<html>not found</html>', { status: 404 });
    expect(await failure(graphClient({ gatewayUrl: URL, apiKey: 'msk_k', fetch: html }).run(wmo))).toMatch(
      /without GraphQL/,
    );
  });
});
