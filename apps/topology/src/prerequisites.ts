import { execFileSync } from 'node:child_process';
import { postgresBinDir } from './postgres.ts';

function found(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * What the topology needs besides namespaces, said in one line when something is missing:
 * PostgreSQL's server binaries (any version under /usr/lib/postgresql), its `postgres` OS user,
 * redis-server and setpriv (util-linux).
 */
export function missingPrerequisites(): string | undefined {
  const missing = [
    !postgresBinDir() &&
      'PostgreSQL server binaries (/usr/lib/postgresql/<version>/bin; apt-get install postgresql)',
    !found('id', ['-u', 'postgres']) && 'the postgres OS user',
    !found('redis-server', ['--version']) && 'redis-server (apt-get install redis-server)',
    !found('setpriv', ['--version']) && 'setpriv (util-linux)',
  ].filter(Boolean);
  return missing.length > 0 ? `missing ${missing.join(', ')}` : undefined;
}
