import cluster from 'node:cluster';
import type { Logger } from '@mienskip/kit/logger';
import { AggregatorRegistry } from 'prom-client';
import type { KeyStore } from '../keys/store.ts';
import type { GatewayMetrics } from '../observability.ts';
import {
  type ClusterMessage,
  isClusterMessage,
  KEYS_RELAY_TIMEOUT_MS,
  METRICS_TIMEOUT_MS,
} from './messages.ts';

/** This process as a worker of the gateway's cluster (`primary.ts`): its side of the IPC. */
export function clusterWorker(logger: Logger) {
  const worker = cluster.worker;
  if (!worker) throw new Error('not a cluster worker');
  let nextId = 0;
  const waiting = new Map<number, (message: ClusterMessage) => void>();
  const relayedListeners = new Set<() => void>();

  process.on('message', (message: unknown) => {
    if (!isClusterMessage(message)) return;
    switch (message.mienskip) {
      case 'keys-changed':
        for (const listener of relayedListeners) listener();
        send({ mienskip: 'keys-forgotten', id: message.id });
        return;
      case 'keys-relayed':
      case 'metrics-rendered':
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
        return;
    }
  });

  function send(message: ClusterMessage): void {
    if (process.connected) process.send?.(message);
  }

  /** Asks the primary and waits for its answer, at most `timeoutMs` (undefined then). */
  function ask(message: (id: number) => ClusterMessage, timeoutMs: number) {
    const id = nextId++;
    return new Promise<ClusterMessage | undefined>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(undefined);
      }, timeoutMs);
      waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      send(message(id));
    });
  }

  return {
    id: worker.id,

    listening(url: string): void {
      send({ mienskip: 'listening', url });
    },

    /**
     * The store, whose change listeners also hear changes made through the other workers; a change
     * through this one is told to them all before the change's answer goes out (a revoked key is
     * refused by every worker at once, as it is by a single process).
     */
    relayKeyChanges(keys: KeyStore): KeyStore {
      keys.onChange(async () => {
        const answer = await ask((id) => ({ mienskip: 'keys-changed', id }), KEYS_RELAY_TIMEOUT_MS);
        if (!answer)
          logger.warn('the other workers did not confirm a key change in time: their cache time bounds it');
      });
      return {
        ...keys,
        onChange(listener) {
          const stop = keys.onChange(listener);
          relayedListeners.add(listener);
          return () => {
            relayedListeners.delete(listener);
            return stop();
          };
        },
      };
    },

    /**
     * `/metrics` answers for the whole gateway: `render` asks the primary, which aggregates every
     * worker's registry (prom-client's `AggregatorRegistry`); this worker's own when it does not answer.
     */
    aggregateMetrics(metrics: GatewayMetrics): void {
      // Answers the primary's `clusterMetrics()` with this registry (prom-client's own IPC messages).
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([metrics.registry]);
      const own = metrics.render.bind(metrics);
      metrics.render = async () => {
        const answer = await ask((id) => ({ mienskip: 'metrics', id }), METRICS_TIMEOUT_MS);
        if (answer?.mienskip === 'metrics-rendered' && answer.body !== undefined)
          return { contentType: metrics.registry.contentType, body: answer.body };
        logger.warn(
          { reason: answer?.mienskip === 'metrics-rendered' ? answer.error : 'no answer in time' },
          "metrics: the primary did not aggregate the workers' metrics; this worker's own only",
        );
        return own();
      };
    },
  };
}

export type ClusterWorker = ReturnType<typeof clusterWorker>;
