/**
 * `npm start`: every subgraph and the gateway, each in its own process, on embedded PostgreSQL
 * (one PGlite data directory per service under `.data/`) or on `DATABASE_URL` when set.
 * Migrations and seeds run on start; data survives restarts; Ctrl-C stops everything.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import { planStack } from './plan.ts';
import { startService, stopAll } from './processes.ts';
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
  gatewayEnv: { MIENSKIP_DEV_API_KEY: devKey, MIENSKIP_GRAPHIQL_PREFILL_KEY: '1' },
});
for (const process of plan.processes) children.push(startService(process.service, process.env, json));
for (const child of children) {
  child.once('exit', (code) => {
    if (!stopping) {
      console.error(`A service stopped (exit code ${code}); stopping the stack.`);
      void shutdown(1);
    }
  });
}

const { gatewayUrl } = plan;
for (;;) {
  if (stopping) break;
  const ready = await fetch(`${gatewayUrl}/ready`)
    .then((response) => response.ok)
    .catch(() => false);
  if (ready) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (!stopping) {
  console.log(`
  Mienskip is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).

  GraphiQL:         ${gatewayUrl}/graphql
  Development key:  ${devKey}
                    (municipal, every scope; GraphiQL's Headers tab already holds it)

  curl ${gatewayUrl}/graphql -H 'Authorization: Bearer ${devKey}' \\
       -H 'Content-Type: application/json' -d '{"query":"{ rooms { id name status area { name } } }"}'

  Data: ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `${dataDir} (embedded PGlite)`}. Ctrl-C stops everything.
`);
}
