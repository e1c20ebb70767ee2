import { join } from 'node:path';
import { REPO_ROOT, type Service } from '@mienskip/stack/src/services.ts';
import type { Command } from './hosts.ts';

/**
 * How a service of the catalogue starts: the one place to change when services start from a
 * compiled build instead. Today it is what the local stack does (`apps/stack/src/processes.ts`):
 * Node with tsx, the package's TypeScript sources under the `source` condition.
 */
export function serviceCommand(service: Service, env: NodeJS.ProcessEnv): Command {
  return {
    file: process.execPath,
    args: ['--conditions=source', '--import', 'tsx', service.entry],
    cwd: join(REPO_ROOT, service.dir),
    env,
  };
}
