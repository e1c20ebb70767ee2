/**
 * Numbers from environment variables, checked at start: a value that is not what the variable
 * takes stops the service with a message naming the variable, instead of a NaN further on.
 * Callers read the variable themselves (`env.PORT`, say), so that every read stays visible in the code.
 */

/** `PORT`: a TCP port from 0 (a free one) to 65535; unset or empty: `fallback`. */
export function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${raw}"`);
  return port;
}

/** A whole number, 0 or more (a count, milliseconds); unset or empty: `fallback`. */
export function parseWholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number (0 or more), not "${raw}"`);
  return value;
}
