/**
 * Both gateways must give the same answer before their speeds mean anything: the side-by-side
 * compares each operation's JSON from both first.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The path of the first place where `a` and `b` differ (object keys in any order), or undefined. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path} (${a.length} items against ${b.length})`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      if (!(key in a) || !(key in b)) return `${path}.${key} (present in one answer only)`;
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return `${path} (${JSON.stringify(a)} against ${JSON.stringify(b)})`;
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws unless both answers carry data, no errors, and the same data. */
export function assertSameAnswers(operation: string, mienskip: unknown, hive: unknown): void {
  for (const [name, answer] of [
    ['Mienskip', mienskip],
    ['Hive', hive],
  ] as const) {
    const body = answer as { data?: unknown; errors?: unknown };
    if (!isObject(body) || body.errors !== undefined || !isObject(body.data))
      throw new Error(`${operation}: ${name}'s gateway answered ${JSON.stringify(answer).slice(0, 300)}`);
  }
  const difference = firstDifference(
    (mienskip as { data: unknown }).data,
    (hive as { data: unknown }).data,
    '$.data',
  );
  if (difference) throw new Error(`${operation}: the gateways' answers differ at ${difference}`);
}
