import { type Answer, ask } from './client.ts';

export interface LoadResult {
  answers: Answer[];
  /** Requests that got no HTTP answer at all (connection refused, reset, timed out). */
  failures: string[];
}

export interface Load {
  /** Stops the callers and returns what they got. */
  stop(): Promise<LoadResult>;
}

/**
 * Steady load: one caller per (gateway, key) pair, each asking `query` in turn with `pauseMs`
 * between answers (so that a key stays within its per-minute limit), until stopped.
 */
export function startLoad(callers: { baseUrl: string; key: string }[], query: string, pauseMs: number): Load {
  const result: LoadResult = { answers: [], failures: [] };
  let running = true;
  const loops = callers.map(async ({ baseUrl, key }) => {
    while (running) {
      try {
        result.answers.push(await ask(baseUrl, key, query));
      } catch (error) {
        result.failures.push(`${baseUrl}: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return result;
    },
  };
}
