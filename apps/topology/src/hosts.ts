import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { NetHost } from './netns.ts';

/** A command to start, as `spawn` takes it. */
export interface Command {
  file: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as this OS user (setpriv: it execs, so signals reach the process itself). */
  user?: string;
}

/** A process running inside a host's namespace, its output in a log file. */
export interface HostProcess {
  host: NetHost;
  label: string;
  child: ChildProcess;
  logFile: string;
  readonly exited: boolean;
  /** The last lines of its log, for an error message. */
  tail(lines?: number): string;
  /** SIGTERM (graceful) and wait; SIGKILL after `killAfterMs`. */
  stop(killAfterMs?: number): Promise<void>;
}

/**
 * Starts `command` inside the host's namespace (`ip netns exec`, which execs: the child's pid is the
 * command's). Stdout and stderr go to `logFile`.
 */
export function startInHost(host: NetHost, label: string, command: Command, logFile: string): HostProcess {
  const log = openSync(logFile, 'a');
  const asUser = command.user
    ? ['setpriv', `--reuid=${command.user}`, `--regid=${command.user}`, '--init-groups', '--']
    : [];
  const child = spawn('ip', ['netns', 'exec', host.namespace, ...asUser, command.file, ...command.args], {
    cwd: command.cwd,
    env: command.env ?? process.env,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    host,
    label,
    child,
    logFile,
    get exited() {
      return exited();
    },
    tail: (lines = 30) => readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'),
    stop: (killAfterMs = 10_000) =>
      new Promise<void>((resolve) => {
        if (exited()) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), killAfterMs).unref();
      }),
  };
}

/** Polls `probe` until it is true; fails (with the process's log) when the process exits or time runs out. */
export async function waitUntil(
  running: HostProcess,
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 90_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (running.exited)
      throw new Error(`${running.label} on ${running.host.name} exited before ${what}:\n${running.tail()}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > until)
      throw new Error(
        `${running.label} on ${running.host.name}: no ${what} in ${timeoutMs} ms:\n${running.tail()}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function httpOk(url: string): () => Promise<boolean> {
  return async () => (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
}

export function tcpOpen(host: string, port: number): () => Promise<boolean> {
  return () =>
    new Promise((resolve) => {
      const socket = connect({ host, port, timeout: 1_000 });
      const done = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
      socket.once('timeout', () => done(false));
    });
}
