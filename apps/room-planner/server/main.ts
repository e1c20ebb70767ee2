// The room planner's server: `MIENSKIP_ROOM_PLANNER_KEY=msk_... tsx server/main.ts` after `vite build`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { startBff } from './app.ts';
import { ConfigError, readConfig } from './config.ts';

const logger = pino({
  name: 'room-planner',
  base: { service: 'room-planner' },
  level: process.env.LOG_LEVEL ?? 'info',
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ['variables', '*.variables', 'authorization', '*.authorization'], censor: '[redacted]' },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env);
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
if (!existsSync(join(config.distDir, 'index.html')))
  fail(
    `The room planner cannot start: the app is not built (no ${join(config.distDir, 'index.html')}); run \`vite build\` in apps/room-planner`,
  );

const bff = await startBff(config, logger).catch((error: Error) =>
  fail(`The room planner cannot start: ${error.message}`),
);
logger.info({ url: `${bff.url}/`, gateway: config.gatewayUrl }, 'room-planner listening');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void bff.close().then(() => process.exit(0));
  // Requests in flight end within the upstream timeout; do not wait longer than a stack's grace.
  setTimeout(() => process.exit(0), 3_000).unref();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
