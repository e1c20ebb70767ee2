/** A gateway's answer as a `fetch` would return it; each request's init is kept in `sent`. */
export const answering =
  (
    status: number,
    body: unknown,
    sent: RequestInit[] = [],
    headers: Record<string, string> = {},
  ): typeof fetch =>
  async (_url, init) => {
    sent.push(init!);
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  };

/** The rejection of a run that should fail. */
export async function rejection(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => {
      throw new Error('not refused');
    },
    (error: unknown) => error,
  );
}
