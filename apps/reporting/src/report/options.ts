import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { flagsOf, typedIn } from '../graph/command-line.ts';
import { gatewayOf } from '../graph/gateway-env.ts';
import { ReportUsageError } from './errors.ts';
import { type Grain, type Period, reportPeriod } from './period.ts';

export const FORMATS = ['csv', 'xlsx', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: pnpm report (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) [--by quarter,area]
                   [--format csv,xlsx,html] --out <dir> [--config <file.json>]

Writes the council report for the period into <dir>: report.csv (one tidy table), report.xlsx (a
cover sheet, definitions, one sheet per domain) and report.html (with charts, opens from disk).

  --by      how the period is cut: one of quarter, month or year, and/or area (default: the whole
            period, the municipality only)
  --format  any of csv, xlsx, html (default: all three)
  --config  a JSON file with the same options ({"year": 2021, "by": "quarter,area", "out": "…"}) for
            a scheduled run; flags given as well override it; a relative "out" is read from the file's
            directory

Environment:
  MIENSKIP_GATEWAY_URL  the gateway's /graphql address, e.g. http://localhost:4000/graphql
  MIENSKIP_API_KEY      a key with the statistics scope (restricted to apps/gateway/operations/council
                        if you like); with personal-data as well the counts are exact and the report is
                        not for publication`;

export interface ReportOptions {
  period: Period;
  grain: Grain | null;
  byArea: boolean;
  formats: Format[];
  out: string;
  gatewayUrl: string;
  apiKey: string;
}

type Env = Record<string, string | undefined>;

interface Given {
  year?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  by?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
}

const GRAINS: Record<string, Grain> = { quarter: 'QUARTER', month: 'MONTH', year: 'YEAR' };

/** A list option: `"a,b"` or, in a config file, `["a", "b"]`. */
function listOf(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(',');
  if (typeof value === 'string') return value;
  throw new ReportUsageError(`${name} is a list such as "quarter,area"`);
}

/** The options of a config file, `out` resolved from the file's directory. */
function fromConfig(path: string | undefined, cwd: string): Given {
  if (path === undefined) return {};
  const file = resolve(cwd, path);
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReportUsageError(`Cannot read the config file ${file}: ${(error as Error).message}`);
  }
  if (!config || typeof config !== 'object' || Array.isArray(config))
    throw new ReportUsageError(`The config file ${file} holds no JSON object`);
  const { year, from, to, by, format, out, ...rest } = config as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length)
    throw new ReportUsageError(
      `The config file ${file} has options the report does not know: ${unknown.join(', ')} (known: year, from, to, by, format, out)`,
    );
  for (const [name, value] of Object.entries({ from, to, out }))
    if (value !== undefined && typeof value !== 'string')
      throw new ReportUsageError(`"${name}" in ${file} is a string`);
  if (year !== undefined && typeof year !== 'number' && typeof year !== 'string')
    throw new ReportUsageError(`"year" in ${file} is a year such as 2021`);
  return {
    year: year === undefined ? undefined : String(year),
    from: from as string | undefined,
    to: to as string | undefined,
    by: listOf(by, `"by" in ${file}`),
    format: listOf(format, `"format" in ${file}`),
    out: out === undefined ? undefined : resolve(dirname(file), out as string),
  };
}

function cutOf(by: string | undefined): { grain: Grain | null; byArea: boolean } {
  const parts = (by ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const grains = parts.filter((part) => part !== 'area');
  for (const part of grains)
    if (!GRAINS[part]) throw new ReportUsageError(`--by ${part}: give quarter, month or year, and/or area`);
  if (grains.length > 1)
    throw new ReportUsageError(`--by takes one of quarter, month or year (got ${grains.join(' and ')})`);
  return { grain: grains[0] ? GRAINS[grains[0]]! : null, byArea: parts.includes('area') };
}

function formatsOf(format: string | undefined): Format[] {
  if (format === undefined) return [...FORMATS];
  const asked = format
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  for (const part of asked)
    if (!(FORMATS as readonly string[]).includes(part))
      throw new ReportUsageError(`--format ${part}: give any of ${FORMATS.join(', ')}`);
  if (!asked.length) throw new ReportUsageError(`--format: give any of ${FORMATS.join(', ')}`);
  return FORMATS.filter((known) => asked.includes(known));
}

/** The options of a run, from the flags over the config file, checked before anything is read. */
export function reportOptions(argv: readonly string[], env: Env): ReportOptions {
  const refuse = (message: string) => new ReportUsageError(message);
  const flags = ['year', 'from', 'to', 'by', 'format', 'out', 'config'];
  const values: Given & { config?: string | undefined } = flagsOf(argv, flags, USAGE, refuse);
  const cwd = typedIn(env);
  const config = fromConfig(values.config, cwd);
  // A period given by flags replaces the config file's period as a whole.
  const flagsGivePeriod = [values.year, values.from, values.to].some((value) => value !== undefined);
  const periodFrom = flagsGivePeriod ? values : config;
  const period = reportPeriod(periodFrom.year, periodFrom.from, periodFrom.to);
  const { grain, byArea } = cutOf(values.by ?? config.by);
  const formats = formatsOf(values.format ?? config.format);
  const out = values.out !== undefined ? resolve(cwd, values.out) : config.out;
  if (!out) throw new ReportUsageError('Give the directory to write to as --out <dir>');
  const gateway = gatewayOf(env, 'the statistics scope (pnpm keys create … --scopes statistics)', refuse);
  return { period, grain, byArea, formats, out, ...gateway };
}
