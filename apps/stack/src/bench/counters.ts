/** The SQL statements a service has sent so far (`mienskip_sql_statements_total` on its /metrics). */
export async function statementsSoFar(base: string, name = base): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const counts = [...text.matchAll(/^mienskip_sql_statements_total(?:\{[^}]*\})? (\d+)$/gm)];
  if (counts.length === 0) throw new Error(`${name} reports no statement count`);
  return counts.reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Waits until the services have finished what a load run left queued (their counters stop moving). */
export async function settle(bases: readonly string[]): Promise<void> {
  let last = -1;
  for (;;) {
    const counts = await Promise.all(bases.map((base) => statementsSoFar(base)));
    const now = counts.reduce((a, b) => a + b, 0);
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
