import { mkdir } from 'node:fs/promises';
import { writeWhole } from '../graph/write-whole.ts';
import type { DomainAnswers, ReferenceAnswer } from './answers.ts';
import { buildReport, type DomainTable, PERSONAL_DATA } from './build.ts';
import { renderCsv } from './csv.ts';
import { ReportGraphError } from './errors.ts';
import { type GraphClient, graphClient, REPORT_SCOPE } from './graph.ts';
import { renderHtml } from './html/render.ts';
import type { CouncilReport } from './model.ts';
import { councilOperation, DOMAIN_TABLES } from './operations.ts';
import { type Format, reportOptions } from './options.ts';
import { type Period, previousYear } from './period.ts';
import { cutText } from './presentation.ts';
import { renderXlsx } from './xlsx.ts';

export { CSV_COLUMNS } from './csv.ts';
export { ReportError } from './errors.ts';
export { COUNCIL_APP, COUNCIL_OPERATIONS_DIR, DOMAIN_TABLES, TABLES } from './operations.ts';
export { USAGE } from './options.ts';
export { COUNT_UNIT_LABELS } from './units.ts';

export interface ReportRun {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** When the report is made; now by default. */
  now?: Date;
  /** `fetch` by default; a test may wrap it to count the requests. */
  fetch?: typeof fetch;
  progress?: (line: string) => void;
}

export interface ReportResult {
  files: Partial<Record<Format, string>>;
  report: CouncilReport;
  /** Requests sent to the gateway: one per table and period read. */
  requests: number;
}

/** The variables each table's operation declares, for a period. */
function variablesOf(table: DomainTable, period: Period, grain: string | null, byArea: boolean) {
  const span = { from: period.from, to: period.to, grain };
  if (table === 'rooms') return span;
  // Spending is summed within a calendar year (BR-BU8): a period over a year's end is asked by year.
  const financeGrain = grain ?? (period.from.slice(0, 4) === period.to.slice(0, 4) ? null : 'YEAR');
  if (table === 'finance') return { ...span, grain: financeGrain, year: Number(period.to.slice(0, 4)) };
  return { ...span, byArea };
}

/** Every domain table for one period: one request each. */
async function readTables(
  client: GraphClient,
  period: Period,
  grain: string | null,
  byArea: boolean,
  progress: (line: string) => void,
): Promise<DomainAnswers> {
  const answers: Partial<DomainAnswers> = {};
  for (const table of DOMAIN_TABLES) {
    const operation = councilOperation(table);
    (answers as Record<string, unknown>)[table] = await client.run(
      operation,
      variablesOf(table, period, grain, byArea),
    );
    progress(`  ${period.from} – ${period.to}: ${operation.name} read`);
  }
  return answers as DomainAnswers;
}

/** The key's organisation and scopes, the municipality and its areas; checks what the key may do. */
async function readReference(client: GraphClient): Promise<ReferenceAnswer> {
  const reference = await client.run<ReferenceAnswer>(councilOperation('reference'));
  const scopes = reference.viewer?.scopes ?? [];
  if (!scopes.includes(REPORT_SCOPE))
    throw new ReportGraphError(
      `The key lacks the scope ${REPORT_SCOPE} every figure of the report needs: grant it (pnpm keys update --id <key-id> --scopes ${REPORT_SCOPE}) or make a key with it (pnpm keys create --org … --name … --scopes ${REPORT_SCOPE})`,
    );
  return reference;
}

/**
 * The council report: reads the reference and every domain table through the gateway (one
 * registered operation per table, for the period and again for the previous year's period), builds
 * the report and writes the formats asked. Throws a `ReportError` naming what to fix.
 */
export async function runReport({
  argv,
  env,
  now = new Date(),
  fetch,
  progress = () => {},
}: ReportRun): Promise<ReportResult> {
  const options = reportOptions(argv, env);
  const { period, grain, byArea } = options;
  const client = graphClient({ ...options, progress, ...(fetch && { fetch }) });
  progress(
    `Council report ${period.from} – ${period.to} (${cutText({ grain, byArea })}) through ${options.gatewayUrl}`,
  );
  const reference = await readReference(client);
  progress(
    `  ${reference.viewer?.organisation?.name ?? 'unknown organisation'}, ${reference.areas?.length ?? 0} areas${
      reference.viewer?.scopes.includes(PERSONAL_DATA)
        ? ' (personal-data: exact counts, not for publication)'
        : ''
    }`,
  );
  const current = await readTables(client, period, grain, byArea, progress);
  const previousPeriod = previousYear(period);
  const previous = await readTables(client, previousPeriod, grain, byArea, progress);
  const report = buildReport({
    period,
    previousPeriod,
    grain,
    byArea,
    generatedAt: now,
    answers: { reference, current, previous },
  });
  progress(
    `  ${report.figures.length} figures, ${report.figures.filter((f) => f.secret).length} secret; ${
      report.previous
        ? `compared with ${report.previous.from} – ${report.previous.to}`
        : 'no previous year to compare with'
    }`,
  );

  await mkdir(options.out, { recursive: true });
  const files: Partial<Record<Format, string>> = {};
  for (const format of options.formats) {
    const content =
      format === 'csv'
        ? renderCsv(report)
        : format === 'xlsx'
          ? await renderXlsx(report)
          : renderHtml(report);
    files[format] = await writeWhole(options.out, `report.${format}`, content);
    progress(`  written ${files[format]}`);
  }
  // The XLSX and HTML say so on their cover; a CSV has no cover, so the one who runs it is told.
  if (report.personalData && files.csv)
    progress(`  NIET VOOR PUBLICATIE: ${files.csv} holds exact counts (the key holds personal-data)`);
  progress(`Done: ${client.requests} requests to the gateway`);
  return { files, report, requests: client.requests };
}
