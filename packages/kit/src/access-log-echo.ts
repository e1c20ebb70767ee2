import { ACCESS_LOG_ACTIONS, ACCESS_LOG_SUBJECT_TYPES, type AccessLogEntry } from './access-log-entry.ts';

/**
 * `@mienskip/kit/access-log-echo`: what a subgraph tells the gateway about the access log of one
 * response. The gateway merges identical in-flight query fetches of one caller; every request that
 * shares an answer must be logged as if it had read the data itself. So the gateway asks (this
 * header) and the subgraph answers, in the response's `extensions`, with the entries it wrote for
 * the request — client ids and field names only, never a BSN. The gateway strips it before anything
 * reaches a client.
 */
export const ACCESS_LOG_ECHO_HEADER = 'x-mienskip-access-log-echo';
export const ACCESS_LOG_ECHO_EXTENSION = 'mienskipAccessLog';

/** The code and message of a response withheld because its access log could not be written. */
export const ACCESS_LOG_UNAVAILABLE = 'ACCESS_LOG_UNAVAILABLE';
export const ACCESS_LOG_UNAVAILABLE_MESSAGE = 'The access log could not be written, so the data is withheld.';

export interface AccessLogEcho {
  /** Every entry written for the request (none: it read no personal data). */
  entries: AccessLogEntry[];
}

/** Whether a request's headers ask for the echo. */
export function wantsAccessLogEcho(value: string | null | undefined): boolean {
  return value === '1';
}

/**
 * The entries a response's extensions echo; undefined when it echoes none or a malformed list (the
 * subgraph did not say what it logged, so nobody may share its answer unlogged).
 */
export function echoedAccessLog(
  extensions: Record<string, unknown> | undefined,
): AccessLogEntry[] | undefined {
  const echo = extensions?.[ACCESS_LOG_ECHO_EXTENSION] as { entries?: unknown } | undefined;
  if (!Array.isArray(echo?.entries)) return undefined;
  return echo.entries.every(isEntry) ? echo.entries : undefined;
}

function isEntry(value: unknown): value is AccessLogEntry {
  const entry = value as Partial<AccessLogEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (ACCESS_LOG_SUBJECT_TYPES as readonly unknown[]).includes(entry.subjectType) &&
    typeof entry.subjectId === 'string' &&
    (ACCESS_LOG_ACTIONS as readonly unknown[]).includes(entry.action) &&
    Array.isArray(entry.fields) &&
    entry.fields.every((field) => typeof field === 'string')
  );
}
