/**
 * Cross-origin access to the public endpoint for the browser apps of an allowlist. A small function
 * rather than the `cors` package: that one still sends allowed methods and headers in answer to a
 * refused origin's preflight, and a refused origin here gets no CORS header at all.
 */
import type { RequestHandler } from 'express';

export const CORS_ORIGINS_ENV = 'MIENSKIP_CORS_ORIGINS';

export const CORS_ALLOWED_METHODS = ['GET', 'POST'];
/** The headers the gateway reads, and the client names Apollo Client sends when given them. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-mienskip-purpose',
  'x-request-id',
  'apollographql-client-name',
  'apollographql-client-version',
];
/** Headers a browser app needs to read and may not without being told (`Retry-After` is not safelisted). */
export const CORS_EXPOSED_HEADERS = [
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'retry-after',
  'x-request-id',
];
/** Chromium's own ceiling; the actual response is checked again anyway, so a removed origin is blocked at once. */
export const CORS_MAX_AGE_SECONDS = 7200;

/**
 * The allowed origins in `MIENSKIP_CORS_ORIGINS`, comma-separated, each exactly as a browser sends
 * it (`scheme://host[:port]`). Unset or empty: none, so no cross-origin access.
 */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const origins = (env[CORS_ORIGINS_ENV] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin === '*' || origin.includes('*'))
      throw new Error(
        `${CORS_ORIGINS_ENV} may not hold a wildcard: list each origin, like https://planner.leeuwarden.nl`,
      );
    if (!isOrigin(origin))
      throw new Error(
        `${CORS_ORIGINS_ENV} holds "${origin}", which is not an origin: write scheme://host[:port] as a browser sends it, in lower case, with no path, like https://planner.leeuwarden.nl`,
      );
  }
  return origins;
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    // `origin` drops any path, user, default port or trailing slash: the text must have had none.
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

/** The CORS headers for a request from `origin` (none for a refused origin), and whether it is a preflight. */
export function corsHeaders(
  allowed: ReadonlySet<string>,
  request: { method: string; origin: string | undefined; requestMethod: string | undefined },
): { preflight: boolean; headers: [string, string][] } {
  const preflight = request.method === 'OPTIONS' && request.requestMethod !== undefined;
  if (request.origin === undefined || !allowed.has(request.origin)) return { preflight, headers: [] };
  // The origin itself, never `*`, and never Allow-Credentials: keys travel in Authorization, no cookies.
  const headers: [string, string][] = [['access-control-allow-origin', request.origin]];
  if (preflight)
    headers.push(
      ['access-control-allow-methods', CORS_ALLOWED_METHODS.join(', ')],
      ['access-control-allow-headers', CORS_ALLOWED_HEADERS.join(', ')],
      ['access-control-max-age', String(CORS_MAX_AGE_SECONDS)],
    );
  else headers.push(['access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', ')]);
  return { preflight, headers };
}

/**
 * Answers preflights (204, with CORS headers only for an allowed origin, so the browser blocks the
 * rest) and marks other responses readable by an allowed origin. It authenticates nothing: every
 * request still needs its key.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    // The answer depends on Origin, for allowed and refused origins alike: caches must keep them apart.
    res.vary('Origin');
    const { preflight, headers } = corsHeaders(allowed, {
      method: req.method,
      origin: req.header('origin'),
      requestMethod: req.header('access-control-request-method'),
    });
    for (const [name, value] of headers) res.setHeader(name, value);
    if (!preflight) return next();
    res.status(204).end();
  };
}
