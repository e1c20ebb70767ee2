import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { type CallerOptions, signTestToken, startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { accessLog } from '../src/db/tables.ts';
import { audit } from '../src/index.ts';

type LogRow = typeof accessLog.$inferSelect;

export interface AuditUnderTest {
  readonly subgraph: TestSubgraph;
  /** Every row of the access log, oldest first. */
  stored(): Promise<LogRow[]>;
  /** The rows the running test appended (those stored before it began are left out). */
  appended(): Promise<LogRow[]>;
}

/** The audit service for a test file: started before its tests, stopped after them. */
export function useAuditService(): AuditUnderTest {
  let subgraph: TestSubgraph | undefined;
  let before = 0;
  const under: AuditUnderTest = {
    get subgraph() {
      if (!subgraph) throw new Error('The audit service is started in beforeAll');
      return subgraph;
    },
    stored: () => under.subgraph.database.db.select().from(accessLog).orderBy(accessLog.id),
    appended: async () => (await under.stored()).slice(before),
  };
  beforeAll(async () => {
    subgraph = await startTestSubgraph(audit);
  });
  afterAll(() => subgraph?.close());
  beforeEach(async () => {
    before = (await under.stored()).length;
  });
  return under;
}

export const entriesUrl = (subgraph: TestSubgraph) => subgraph.url.replace(/\/graphql$/, '/entries');

/** POSTs a body to the audit service's `/entries` as a data subgraph would. */
export async function postEntries(
  subgraph: TestSubgraph,
  body: unknown,
  options: {
    token?: string | null;
    audience?: string;
    caller?: CallerOptions;
    contentType?: string;
    /** The `x-request-id` sent beside the token; default a fresh one, null: none. */
    requestId?: string | null;
  } = {},
): Promise<{ status: number; body: unknown }> {
  const token =
    options.token === undefined
      ? await signTestToken(options.audience ?? 'clients', options.caller)
      : options.token;
  const requestId = options.requestId === undefined ? randomUUID() : options.requestId;
  const response = await fetch(entriesUrl(subgraph), {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      ...(token !== null && { [TOKEN_HEADER]: token }),
      ...(requestId !== null && { [REQUEST_ID_HEADER]: requestId }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export const read = (subjectId: string, ...fields: string[]) => ({
  subjectType: 'Client',
  subjectId,
  action: 'READ',
  fields,
});

export const wrote = (subjectId: string, ...fields: string[]) => ({
  subjectType: 'Client',
  subjectId,
  action: 'WRITE',
  fields,
});
