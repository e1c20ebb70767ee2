import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, type Service } from './services.ts';

/** The room planner's backend-for-frontend: one more process of the stack, beside the gateway. */
export const ROOM_PLANNER_SERVICE: Service = {
  name: 'room-planner',
  dir: 'apps/room-planner',
  entry: 'server/main.ts',
  port: 4010,
  nodeArgs: [],
};

const appDir = join(REPO_ROOT, ROOM_PLANNER_SERVICE.dir);
/** What the built app is made from: its sources and the generated typed documents it imports. */
const SOURCES = [
  join(appDir, 'index.html'),
  join(appDir, 'vite.config.ts'),
  join(appDir, 'src'),
  join(REPO_ROOT, 'apps/gateway/operations/room-planner/generated'),
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Whether `dist/` is missing or older than anything it is built from. */
export function roomPlannerBuildIsStale(): boolean {
  const built = join(appDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  return Math.max(...SOURCES.map(newestChange)) > statSync(built).mtimeMs;
}

/** `vite build` in apps/room-planner when the build is stale; rejects with vite's output when it fails. */
export function buildRoomPlanner(options: { force?: boolean } = {}): Promise<'built' | 'up to date'> {
  if (!options.force && !roomPlannerBuildIsStale()) return Promise.resolve('up to date');
  return new Promise((resolve, reject) => {
    const child = spawn(join(appDir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
      cwd: appDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve('built') : reject(new Error(`vite build failed (exit code ${code}):\n${output}`)),
    );
  });
}

/** The room planner's environment: the gateway's `/graphql` and its key (never the browser's). */
export function roomPlannerEnv(gatewayUrl: string, key: string): Record<string, string> {
  return { MIENSKIP_GATEWAY_URL: `${gatewayUrl}/graphql`, MIENSKIP_ROOM_PLANNER_KEY: key };
}

/** Waits until `url`/health answers, or the process ends first. */
export async function waitForHealth(url: string, exited: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${url}/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    if (exited()) throw new Error('the room planner stopped before it was ready');
    if (Date.now() > deadline) throw new Error(`the room planner did not answer ${url}/health in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
