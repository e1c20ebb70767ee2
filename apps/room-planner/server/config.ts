import { fileURLToPath } from 'node:url';

/** Where the gateway listens in the local stack (`apps/stack`, the catalogue's port 4000). */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';
/** The room planner's own port in the local stack. */
export const DEFAULT_PORT = 4010;

export interface BffConfig {
  /** Where to listen; 127.0.0.1 unless MIENSKIP_ROOM_PLANNER_HOST says otherwise (a shell may export HOST for other reasons). */
  host: string;
  port: number;
  /** The gateway's `/graphql`. */
  gatewayUrl: string;
  /** The API key bound to the room-planner app; it never reaches the browser. */
  apiKey: string;
  /** The built app (`vite build`). */
  distDir: string;
  /** The room planner's persisted-document manifest (`pnpm codegen`). */
  manifestFile: string;
  /** How long the gateway may take to answer. */
  upstreamTimeoutMs: number;
  /** The largest request body accepted, in bytes. */
  bodyLimitBytes: number;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Thrown at start with every problem of the environment at once. */
export class ConfigError extends Error {}

function integer(name: string, value: string | undefined, fallback: number, problems: string[]): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    problems.push(`${name} must be a whole number, not "${value}"`);
    return fallback;
  }
  return parsed;
}

/**
 * The configuration from the environment: `MIENSKIP_ROOM_PLANNER_KEY` (required),
 * `MIENSKIP_GATEWAY_URL`, `PORT`, `MIENSKIP_ROOM_PLANNER_HOST`, `MIENSKIP_ROOM_PLANNER_DIST`, `MIENSKIP_ROOM_PLANNER_MANIFEST`,
 * `MIENSKIP_UPSTREAM_TIMEOUT_MS`. Throws a ConfigError naming every variable that is wrong.
 */
export function readConfig(env: NodeJS.ProcessEnv): BffConfig {
  const problems: string[] = [];
  const apiKey = env.MIENSKIP_ROOM_PLANNER_KEY?.trim() ?? '';
  if (!apiKey)
    problems.push(
      'MIENSKIP_ROOM_PLANNER_KEY is not set: give the API key bound to the room-planner app (`npm start` makes one)',
    );
  else if (!apiKey.startsWith('msk_'))
    problems.push('MIENSKIP_ROOM_PLANNER_KEY is not an API key (one starts with "msk_")');
  const gatewayUrl = env.MIENSKIP_GATEWAY_URL || DEFAULT_GATEWAY_URL;
  try {
    const url = new URL(gatewayUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    problems.push(
      `MIENSKIP_GATEWAY_URL must be the gateway's http(s) URL, e.g. ${DEFAULT_GATEWAY_URL}; not "${gatewayUrl}"`,
    );
  }
  const port = integer('PORT', env.PORT, DEFAULT_PORT, problems);
  if (port > 65_535) problems.push(`PORT must be at most 65535, not ${port}`);
  const upstreamTimeoutMs = integer(
    'MIENSKIP_UPSTREAM_TIMEOUT_MS',
    env.MIENSKIP_UPSTREAM_TIMEOUT_MS,
    15_000,
    problems,
  );
  if (problems.length)
    throw new ConfigError(
      `The room planner cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  return {
    host: env.MIENSKIP_ROOM_PLANNER_HOST || '127.0.0.1',
    port,
    gatewayUrl,
    apiKey,
    distDir: env.MIENSKIP_ROOM_PLANNER_DIST || here('../dist'),
    manifestFile:
      env.MIENSKIP_ROOM_PLANNER_MANIFEST ||
      here('../../gateway/operations/room-planner/generated/persisted-documents.json'),
    upstreamTimeoutMs,
    bodyLimitBytes: 16 * 1024,
  };
}
