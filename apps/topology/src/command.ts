import { join } from 'node:path';
import { productionCommand } from '@mienskip/stack/src/production.ts';
import type { Service } from '@mienskip/stack/src/services.ts';
import type { Command } from './hosts.ts';

/**
 * How a service of the catalogue starts on its host: as in production, from the compiled build
 * (`node dist/server.js`, `NODE_ENV=production`: no tsx, no migrations at start, configuration from
 * the environment given and nothing else).
 */
export function serviceCommand(service: Service, env: NodeJS.ProcessEnv): Command {
  const { command, args, cwd } = productionCommand(service);
  return { file: command, args, cwd, env: { ...env, NODE_ENV: 'production' } };
}

/** Its migrations, as production runs them before the service: `node dist/migrate.js` as the database's owner. */
export function migrateCommand(service: Service, env: NodeJS.ProcessEnv): Command {
  const { command, cwd } = productionCommand(service);
  return { file: command, args: [join('dist', 'migrate.js')], cwd, env: { ...env, NODE_ENV: 'production' } };
}
