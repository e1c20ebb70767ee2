import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { type CallerOptions, signTestToken, type TestSubgraph } from '@mienskip/testing';

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
