import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@mienskip/kit/logger';
import { AggregatorRegistry } from 'prom-client';
import { type ClusterMessage, isClusterMessage, KEYS_FORGET_TIMEOUT_MS } from './messages.ts';
import { type ClusterState, onWorkerExit } from './policy.ts';

/**
 * The primary of the gateway's cluster: forks `workers` processes that share the port (cluster's
 * round robin), says `gateway listening` once all listen, forwards SIGTERM/SIGINT, replaces a
 * worker that dies while serving, relays key changes and aggregates `/metrics`. It serves nothing.
 */
export function runPrimary(options: { workers: number; logger: Logger }): void {
  const { workers, logger } = options;
  let state: ClusterState = { phase: 'starting', restarts: [], failed: false };
  const listened = new Set<number>();
  const aggregator = new AggregatorRegistry();

  const send = (worker: Worker, message: ClusterMessage) => {
    if (worker.isConnected()) worker.send(message);
  };
  // An exited worker stays in `cluster.workers` until its IPC channel closes.
  const alive = () =>
    Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker && !worker.isDead());

  function fork(): void {
    const worker = cluster.fork();
    logger.info({ worker: worker.id, pid: worker.process.pid }, 'worker started');
  }

  function stopAll(signal: NodeJS.Signals): void {
    for (const worker of alive()) worker.process.kill(signal);
  }

  // Key changes: relayed to every other worker; the origin hears back once all forgot (or in time).
  let nextRelay = 0;
  const relays = new Map<number, { pending: Set<number>; done: () => void }>();
  function relayKeyChange(from: Worker, originId: number): void {
    const relay = nextRelay++;
    // A worker still starting has served nothing, so it has nothing cached to forget.
    const others = alive().filter(
      (worker) => worker !== from && listened.has(worker.id) && worker.isConnected(),
    );
    const done = () => {
      clearTimeout(timer);
      relays.delete(relay);
      send(from, { mienskip: 'keys-relayed', id: originId });
    };
    const timer = setTimeout(done, KEYS_FORGET_TIMEOUT_MS);
    relays.set(relay, { pending: new Set(others.map((worker) => worker.id)), done });
    for (const worker of others) send(worker, { mienskip: 'keys-changed', id: relay });
    if (others.length === 0) done();
  }
  /** `worker` no longer waits on `relay` (it forgot, or it exited). */
  function forgotten(worker: Worker, relay: number): void {
    const waiting = relays.get(relay);
    if (waiting?.pending.delete(worker.id) && waiting.pending.size === 0) waiting.done();
  }

  cluster.on('message', (worker, message: unknown) => {
    if (!isClusterMessage(message)) return;
    switch (message.mienskip) {
      case 'listening':
        listened.add(worker.id);
        if (state.phase === 'starting' && listened.size >= workers) {
          state = { ...state, phase: 'running' };
          logger.info(
            { url: message.url, admin: message.url.replace(/\/graphql$/, '/admin/graphql'), workers },
            'gateway listening',
          );
        } else if (state.phase === 'running') logger.info({ worker: worker.id }, 'worker replaced');
        return;
      case 'keys-changed':
        return relayKeyChange(worker, message.id);
      case 'keys-forgotten':
        return forgotten(worker, message.id);
      case 'metrics':
        aggregator.clusterMetrics().then(
          (body) => send(worker, { mienskip: 'metrics-rendered', id: message.id, body }),
          (error: Error) =>
            send(worker, { mienskip: 'metrics-rendered', id: message.id, error: error.message }),
        );
        return;
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const wasListening = listened.delete(worker.id);
    // A relay waiting for this worker waits no more.
    for (const relay of [...relays.keys()]) forgotten(worker, relay);
    const clean = code === 0 && !signal;
    const stopping = state.phase === 'stopping';
    const next = onWorkerExit(
      state,
      { listened: wasListening, clean, signal, remaining: alive().length, now: Date.now() },
      workers,
    );
    state = next.state;
    const exit = { worker: worker.id, pid: worker.process.pid, code, signal };
    const { decision } = next;
    if (stopping) logger.info(exit, 'worker stopped');
    switch (decision.action) {
      case 'wait':
        return;
      case 'exit':
        if (decision.code === 0) logger.info('stopped');
        else logger.error('stopped: not every worker stopped cleanly');
        return process.exit(decision.code);
      case 'replace':
        logger.error(exit, 'worker died: starting another');
        return fork();
      case 'abort':
        logger.fatal(
          exit,
          decision.reason === 'start-up'
            ? 'gateway could not start: a worker ended before it listened (its own log says why)'
            : `gateway stopping: workers keep dying (more than ${workers} restarts in a minute)`,
        );
        if (alive().length === 0) return process.exit(1);
        return stopAll('SIGTERM');
    }
  });

  const stop = (signal: NodeJS.Signals) => {
    if (state.phase === 'stopping') return;
    state = { ...state, phase: 'stopping', stopSignal: signal };
    logger.info({ signal, workers: alive().length }, 'stopping: telling every worker');
    if (alive().length === 0) process.exit(0);
    stopAll(signal);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  for (let i = 0; i < workers; i++) fork();
}
