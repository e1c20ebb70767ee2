/**
 * `npm start`: every subgraph and the gateway, each in its own process, on embedded PostgreSQL
 * (one PGlite data directory per service under `.data/`) or on `DATABASE_URL` when set, and the
 * room planner (an example app) beside GraphiQL once the gateway is ready.
 * Migrations and seeds run on start; data survives restarts; Ctrl-C stops everything.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { planStack } from './plan.ts';
import { startService, stopAll } from './processes.ts';
import { buildRoomPlanner, ROOM_PLANNER_SERVICE, roomPlannerEnv, waitForHealth } from './room-planner.ts';
import { ensureRoomPlannerKey } from './room-planner-key.ts';
import { localDevelopmentKey, localKeyMaterial, localServiceKeys } from './secrets.ts';
import { REPO_ROOT } from './services.ts';

const env = process.env;
const dataDir = env.MIENSKIP_DATA_DIR ?? join(REPO_ROOT, '.data');
const json = env.MIENSKIP_LOG_FORMAT === 'json';
const started = Date.now();

const keys = await localKeyMaterial(dataDir);
const devKey = localDevelopmentKey(dataDir, env);
const database = (name: string) => (env.DATABASE_URL ? {} : { PGLITE_DATA_DIR: join(dataDir, name) });

const children: ChildProcess[] = [];
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await stopAll(children);
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

const plan = planStack(SUBGRAPHS, {
  keys,
  serviceKeys: await localServiceKeys(
    dataDir,
    SUBGRAPHS.map(({ name }) => name),
  ),
  database,
  // The local stack's world: generated residents and the rest (MIENSKIP_SEED=none or reference to do without).
  subgraphEnv: { MIENSKIP_SEED: env.MIENSKIP_SEED || 'synthetic' },
  gatewayEnv: { MIENSKIP_DEV_API_KEY: devKey, MIENSKIP_GRAPHIQL_PREFILL_KEY: '1' },
});
function watch(child: ChildProcess): ChildProcess {
  child.once('exit', (code) => {
    if (!stopping) {
      console.error(`A service stopped (exit code ${code}); stopping the stack.`);
      void shutdown(1);
    }
  });
  return child;
}
for (const process of plan.processes) children.push(watch(startService(process.service, process.env, json)));
// The room planner is built while the graph starts; a failed build leaves the graph running without it.
const roomPlannerBuild = buildRoomPlanner().then(
  () => undefined,
  (error: Error) => error,
);

const { gatewayUrl } = plan;
for (;;) {
  if (stopping) break;
  const ready = await fetch(`${gatewayUrl}/ready`)
    .then((response) => response.ok)
    .catch(() => false);
  if (ready) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
/** The room planner's URL, or undefined (said why) when it cannot run. */
async function startRoomPlanner(): Promise<string | undefined> {
  try {
    const failed = await roomPlannerBuild;
    if (failed) throw failed;
    const key = await ensureRoomPlannerKey(gatewayUrl, devKey, dataDir);
    if (stopping) return undefined;
    const child = watch(startService(ROOM_PLANNER_SERVICE, roomPlannerEnv(gatewayUrl, key), json));
    children.push(child);
    const url = `http://127.0.0.1:${ROOM_PLANNER_SERVICE.port}`;
    await waitForHealth(url, () => child.exitCode !== null);
    return `${url}/`;
  } catch (error) {
    console.error(`The room planner does not run: ${(error as Error).message}`);
    return undefined;
  }
}
const roomPlannerUrl = stopping ? undefined : await startRoomPlanner();

if (!stopping) {
  console.log(`
  Mienskip is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).

  GraphiQL:         ${gatewayUrl}/graphql
  Development key:  ${devKey}
                    (municipal, every scope; GraphiQL's Headers tab already holds it)
  Room planner:     ${roomPlannerUrl ?? '(not running, see above)'}
                    (an example app: its server holds a key bound to the room-planner app)

  curl ${gatewayUrl}/graphql -H 'Authorization: Bearer ${devKey}' \\
       -H 'Content-Type: application/json' -d '{"query":"{ rooms { id name status area { name } } }"}'

  Data: ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `${dataDir} (embedded PGlite)`}. Ctrl-C stops everything.
`);
}
