import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../services.ts';
import { startBenchStack } from './stack.ts';

/**
 * The council report's time (`pnpm report --year 2021 --by quarter,area --format csv,xlsx,html`),
 * at the default clients scale and at ten times as many clients: every figure is an SQL aggregate,
 * so ten times the data should cost far less than ten times the time (the aim: under twice).
 */
export const REPORT_SCALES = [2_000, 20_000] as const;
const RUNS = 3;
const REPORTING = join(REPO_ROOT, 'apps', 'reporting');
const ARGS = ['--year', '2021', '--by', 'quarter,area', '--format', 'csv,xlsx,html'];

export interface ReportTiming {
  transitionClients: number;
  /** Residents in the clients subgraph, as counted through the gateway. */
  clients: number;
  /** Wall time of each run of the command, seconds (a fresh process each: what an operator waits). */
  runsSeconds: number[];
  medianSeconds: number;
}

async function countClients(gatewayUrl: string, key: string): Promise<number> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ clients(first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as { data?: { clients?: { totalCount: number } } };
  const total = body.data?.clients?.totalCount;
  if (typeof total !== 'number')
    throw new Error(`Could not count clients: ${JSON.stringify(body).slice(0, 300)}`);
  return total;
}

function runReport(gatewayUrl: string, key: string): number {
  const out = mkdtempSync(join(tmpdir(), 'mienskip-bench-report-'));
  try {
    const started = process.hrtime.bigint();
    const run = spawnSync(
      join(REPORTING, 'node_modules', '.bin', 'tsx'),
      ['--conditions=source', 'src/report/main.ts', ...ARGS, '--out', out],
      {
        cwd: REPORTING,
        env: { ...process.env, MIENSKIP_GATEWAY_URL: gatewayUrl, MIENSKIP_API_KEY: key },
        encoding: 'utf8',
      },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`pnpm report failed (${run.status}):\n${run.stderr}`);
    return Math.round(seconds * 100) / 100;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function measureReport(transitionClients: number): Promise<ReportTiming> {
  const stack = await startBenchStack(0, { transitionClients });
  try {
    const clients = await countClients(stack.gatewayUrl, stack.devKey);
    runReport(stack.gatewayUrl, stack.devKey); // warm: query plans, caches, the first compile of tsx
    const runsSeconds = Array.from({ length: RUNS }, () => runReport(stack.gatewayUrl, stack.devKey));
    const medianSeconds = [...runsSeconds].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    console.log(`  report at ${clients} clients: ${runsSeconds.join(' s, ')} s (median ${medianSeconds} s)`);
    return { transitionClients, clients, runsSeconds, medianSeconds };
  } finally {
    await stack.stop();
  }
}

/** Both scales and the ratio of their medians. */
export async function benchReport() {
  console.log('\nCouncil report (2021 by quarter and area, CSV + XLSX + HTML):');
  const scales: ReportTiming[] = [];
  for (const transitionClients of REPORT_SCALES) scales.push(await measureReport(transitionClients));
  const [small, large] = scales as [ReportTiming, ReportTiming];
  const ratio = Math.round((large.medianSeconds / small.medianSeconds) * 100) / 100;
  const clientsRatio = Math.round((large.clients / small.clients) * 10) / 10;
  console.log(`  ${clientsRatio}× the clients took ${ratio}× the time`);
  return {
    measuredAt: new Date().toISOString(),
    command: `pnpm report ${ARGS.join(' ')}`,
    scales,
    clientsRatio,
    ratio,
  };
}
