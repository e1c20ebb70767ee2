import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';

export interface Answer {
  status: number;
  body: string;
}

/** A request on a connection of its own; rejects with the socket error (e.g. ECONNREFUSED). */
export function sendOnOwnConnection(
  url: string,
  options: { method?: string; headers?: Record<string, string> },
  body?: string,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(url, { ...options, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface ServerProcess {
  child: ChildProcess;
  /** All the process wrote so far, stdout and stderr together. */
  log(): string;
  /** The exit code and when it came. */
  exited: Promise<{ code: number | null; at: number }>;
  /** The GraphQL URL from the line `listeningMessage`; rejects when the process ends first. */
  listening: Promise<string>;
  /** Resolves once the log contains `text`. */
  logged(text: string): Promise<void>;
}

/**
 * Runs `src/server.ts` of the package in `cwd` (through tsx, on the source) with exactly `env`,
 * gathering its log, and reads from it the URL the server says it listens on.
 */
export function spawnServer(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Who it is, in the error when it ends before listening. */
  name: string;
  /** The `msg` of its log line with the URL; `<name> listening` when not given. */
  listeningMessage?: string;
}): ServerProcess {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/server.ts'], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  const listening = new Promise<string>((resolve, reject) => {
    const pattern = new RegExp(
      `"url":"(http://127\\.0\\.0\\.1:\\d+/graphql)".*"msg":"${options.listeningMessage ?? `${options.name} listening`}"`,
    );
    const look = () => {
      const match = pattern.exec(log);
      if (match) return resolve(match[1]!);
      if (child.exitCode !== null) return reject(new Error(`${options.name} did not start:\n${log}`));
      setTimeout(look, 50);
    };
    look();
  });
  const logged = async (text: string) => {
    while (!log.includes(text)) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { child, log: () => log, exited, listening, logged };
}
