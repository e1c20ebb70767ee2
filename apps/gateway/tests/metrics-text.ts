/** The value of the first sample of `name` whose labels include `labels` in Prometheus text; 0 when none. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-z_]+)="((?:[^"\\]|\\.)*)"/g)].map((label) => [label[1], label[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return 0;
}

/** The gateway's `/metrics`, asked without an API key. */
export async function metricsOf(
  graphqlUrl: string,
): Promise<{ status: number; contentType: string; text: string }> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'));
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}
