export interface Answer {
  status: number;
  /** `performance.now()` when it was sent, and how long the answer took. */
  startedAt: number;
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[];
  };
}

/** POSTs a query to a gateway's `/graphql` with an API key; rejects when no HTTP answer comes in time. */
export async function ask(baseUrl: string, key: string, query: string, timeoutMs = 10_000): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, startedAt: started, ms: performance.now() - started, body };
}

/** A full answer: HTTP 200, data, no errors. */
export function isFull(answer: Answer): boolean {
  return answer.status === 200 && !answer.body.errors && Boolean(answer.body.data);
}
