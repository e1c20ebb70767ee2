import type { SubgraphTarget } from './subgraph-targets.ts';

export interface SubgraphHealth {
  name: string;
  ok: boolean;
  error?: string;
}

/** Asks each subgraph's `/ready`: it answers only when its database does. */
export async function checkSubgraphs(
  targets: readonly SubgraphTarget[],
  timeoutMs = 2000,
): Promise<SubgraphHealth[]> {
  return Promise.all(
    targets.map(async ({ name, url }) => {
      try {
        const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
        return response.ok
          ? { name, ok: true }
          : { name, ok: false, error: `answered HTTP ${response.status}` };
      } catch (error) {
        return { name, ok: false, error: describeFetchError(error) };
      }
    }),
  );
}

/** Waits until every subgraph is ready, or throws naming those that are not. */
export async function waitForSubgraphs(targets: readonly SubgraphTarget[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await checkSubgraphs(targets);
    const down = health.filter((h) => !h.ok);
    if (down.length === 0) return;
    if (Date.now() >= deadline) {
      const list = down
        .map((h) => `${h.name} at ${targets.find((t) => t.name === h.name)?.url} (${h.error})`)
        .join('; ');
      throw new Error(`Subgraph not reachable after ${Math.round(timeoutMs / 1000)} s: ${list}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).message;
}
