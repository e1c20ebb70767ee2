/** What the primary and its workers tell each other over IPC (`process.send`, `worker.send`). */
export type ClusterMessage =
  /** worker → primary: it serves, at this URL. */
  | { mienskip: 'listening'; url: string }
  /** worker → primary → every other worker: keys changed, forget cached authentications. */
  | { mienskip: 'keys-changed'; id: number }
  /** worker → primary: it forgot (answer to a relayed `keys-changed`). */
  | { mienskip: 'keys-forgotten'; id: number }
  /** primary → worker: every other worker forgot (or did not answer in time). */
  | { mienskip: 'keys-relayed'; id: number }
  /** worker → primary: the metrics of the whole gateway, please. */
  | { mienskip: 'metrics'; id: number }
  /** primary → worker: the aggregate, or why there is none. */
  | { mienskip: 'metrics-rendered'; id: number; body?: string; error?: string };

export function isClusterMessage(message: unknown): message is ClusterMessage {
  return typeof message === 'object' && message !== null && 'mienskip' in message;
}

/** How long the primary waits for the other workers to forget, and a worker for the primary (more). */
export const KEYS_FORGET_TIMEOUT_MS = 1_000;
export const KEYS_RELAY_TIMEOUT_MS = 2_000;
/** How long a worker waits for the primary's aggregate (prom-client's own limit is 5 s). */
export const METRICS_TIMEOUT_MS = 3_000;
