import { appendFileSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type HostProcess, startInHost, tcpOpen, waitUntil } from './hosts.ts';
import type { NetHost } from './netns.ts';
import { run } from './run.ts';

const PG_ROOT = '/usr/lib/postgresql';
export const POSTGRES_PORT = 5432;
/** PostgreSQL refuses to run as root: its servers run as this OS user. */
const OS_USER = 'postgres';

/** The newest PostgreSQL's bin directory under /usr/lib/postgresql, or undefined when there is none. */
export function postgresBinDir(root = PG_ROOT): string | undefined {
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

export interface PostgresServer {
  host: NetHost;
  process: HostProcess;
  /** `postgres://postgres@<address>:5432/<database>`. */
  url(database: string): string;
}

/**
 * A PostgreSQL server of its own on `host`: initdb into `dataDir` (made and owned by the postgres
 * OS user), listening on the host's address only, trusting the topology's subnet (a throw-away test
 * cluster), fsync off. Creates `databases` once it accepts connections.
 */
export async function startPostgres(
  host: NetHost,
  options: { binDir: string; dataDir: string; logFile: string; subnet: string; databases: readonly string[] },
): Promise<PostgresServer> {
  const { binDir, dataDir } = options;
  const { uid, gid } = await osUser(OS_USER);
  mkdirSync(dataDir, { recursive: true });
  chownSync(dataDir, uid, gid);
  await run('setpriv', [
    `--reuid=${OS_USER}`,
    `--regid=${OS_USER}`,
    '--init-groups',
    '--',
    join(binDir, 'initdb'),
    '--pgdata',
    dataDir,
    '--username',
    'postgres',
    '--auth',
    'trust',
    '--encoding',
    'UTF8',
    '--locale',
    'C',
    '--no-sync',
  ]);
  appendFileSync(join(dataDir, 'pg_hba.conf'), `host all all ${options.subnet}.0/24 trust\n`);
  const process = startInHost(
    host,
    'postgres',
    {
      file: join(binDir, 'postgres'),
      args: [
        '-D',
        dataDir,
        '-c',
        `listen_addresses=${host.address}`,
        '-c',
        `port=${POSTGRES_PORT}`,
        // Not /var/run/postgresql: the machine's own server has its socket there.
        '-c',
        `unix_socket_directories=${dataDir}`,
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=200',
      ],
      user: OS_USER,
    },
    options.logFile,
  );
  await waitUntil(process, 'connections', tcpOpen(host.address, POSTGRES_PORT), 30_000);
  const psql = join(binDir, 'psql');
  const url = (database: string) => `postgres://postgres@${host.address}:${POSTGRES_PORT}/${database}`;
  // The port opens a moment before the server accepts sessions: retry the first statement.
  await waitUntil(process, 'a session', async () => {
    await run(psql, [url('postgres'), '-Atc', 'select 1']);
    return true;
  });
  for (const database of options.databases)
    await run(psql, [url('postgres'), '-v', 'ON_ERROR_STOP=1', '-c', `create database "${database}"`]);
  return { host, process, url };
}

async function osUser(name: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number(uid), gid: Number(gid) };
}
