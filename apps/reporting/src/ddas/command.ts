import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { flagsOf, typedIn } from '../graph/command-line.ts';
import { gatewayOf } from '../graph/gateway-env.ts';
import { writeWhole } from '../graph/write-whole.ts';
import { buildSchuldhulpverlening, type GraphDebtCase } from './build-schuldhulpverlening.ts';
import { buildVroegsignalen, type GraphDebtSignal } from './build-vroegsignalen.ts';
import { DEFAULT_SUPPLIER_CODE, LEEUWARDEN_MUNICIPALITY_CODE } from './delivery.ts';
import { DdasUsageError } from './errors.ts';
import { DDAS_PURPOSE, type DdasGraph, ddasGraph, readByIds, readPages } from './graph.ts';
import { caseFallsIn, type Period, parsePeriod, signalFallsIn } from './period.ts';
import { DDAS_SECRET_ENV, deliverySecret } from './pseudonym.ts';
import { BATCH, CASE_DAYS_QUERY, casesByIdsQuery, SIGNAL_DAYS_QUERY, signalsByIdsQuery } from './queries.ts';
import { assertValid, type DdasDocumentName } from './validate.ts';

export { DdasError } from './errors.ts';
export { DDAS_PURPOSE, DDAS_SCOPES } from './graph.ts';
export { DDAS_SECRET_ENV } from './pseudonym.ts';
export { schemaProblems } from './validate.ts';

export const USAGE = `Usage: pnpm ddas --from YYYY-MM-DD --to YYYY-MM-DD --out <dir> [--supplier CODE] [--page-size N]

Writes the DDAS delivery for the period into <dir>: schuldhulpverlening.json (the trajectories that ran
in the period) and vroegsignalen.json (the early signals received in it), each validated against its
schema first.

Environment:
  MIENSKIP_GATEWAY_URL  the gateway's /graphql address, e.g. http://localhost:4000/graphql
  MIENSKIP_API_KEY      a key with debt:read, clients:read and personal-data
  ${DDAS_SECRET_ENV}  the delivery secret the BSNs are pseudonymised with (HMAC-SHA-256), 32+ characters`;

export interface DdasRun {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** When the delivery is made (aanleverdatumEnTijd); now by default. */
  now?: Date;
  progress?: (line: string) => void;
}

export interface DdasResult {
  files: Record<DdasDocumentName, string>;
  trajectories: number;
  signals: number;
}

/** The options of a run, checked before anything is read: what is missing is named. */
export function ddasOptions(argv: readonly string[], env: Record<string, string | undefined>) {
  const refuse = (message: string) => new DdasUsageError(message);
  const values = flagsOf(argv, ['from', 'to', 'out', 'supplier', 'page-size'], USAGE, refuse);
  const period = parsePeriod(values.from, values.to);
  if (!values.out) throw new DdasUsageError('Give the directory to write to as --out <dir>');
  const pageSize = values['page-size'] === undefined ? 50 : Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
    throw new DdasUsageError('--page-size is a whole number from 1 to 100');
  const gateway = gatewayOf(env, 'debt:read, clients:read and personal-data (pnpm keys create …)', refuse);
  return {
    period,
    out: resolve(typedIn(env), values.out),
    supplierCode: values.supplier ?? DEFAULT_SUPPLIER_CODE,
    pageSize,
    ...gateway,
    secret: deliverySecret(env[DDAS_SECRET_ENV]),
  };
}

/** The ids of the cases that ran in the period, from their days alone (no personal data). */
async function caseIdsIn(graph: DdasGraph, period: Period): Promise<string[]> {
  const listed = await readPages<{ id: string; registeredOn: string; outflowOn: string | null }>(
    graph,
    CASE_DAYS_QUERY,
    'debt cases',
  );
  // Offset pages may repeat a row that moved while they were read: each id once.
  return [
    ...new Set(listed.filter((c) => caseFallsIn(period, c.registeredOn, c.outflowOn)).map((c) => c.id)),
  ];
}

/** The ids of the early signals received in the period; the list is newest first, read back to it. */
async function signalIdsIn(graph: DdasGraph, period: Period): Promise<string[]> {
  const listed = await readPages<{ id: string; kind: string; receivedOn: string }>(
    graph,
    SIGNAL_DAYS_QUERY,
    'debt signals',
    (page) => page.some((signal) => signal.receivedOn < period.from),
  );
  return [
    ...new Set(
      listed.filter((s) => s.kind === 'VROEG' && signalFallsIn(period, s.receivedOn)).map((s) => s.id),
    ),
  ];
}

/** Writes a document whole or not at all. */
function writeDocument(dir: string, name: string, document: unknown): Promise<string> {
  // Personal data (birth dates, postcodes, pseudonyms): readable by the owner only.
  return writeWhole(dir, name, `${JSON.stringify(document, null, 2)}\n`, 0o600);
}

/**
 * The delivery: reads the period's cases and signals through the gateway (one operation per document,
 * paged, with the purpose `DDAS-levering`), builds both documents, validates both, and only then
 * writes them (BR-DB46). Throws a `DdasError` naming what to fix.
 */
export async function runDdas({
  argv,
  env,
  now = new Date(),
  progress = () => {},
}: DdasRun): Promise<DdasResult> {
  const options = ddasOptions(argv, env);
  const { period } = options;
  const graph = ddasGraph({ ...options, progress });
  progress(
    `DDAS delivery ${period.from} – ${period.to} through ${options.gatewayUrl} (purpose ${DDAS_PURPOSE})`,
  );

  const cases = await readByIds<GraphDebtCase>(
    graph,
    await caseIdsIn(graph, period),
    casesByIdsQuery,
    BATCH,
    'schuldhulptrajecten',
  );
  const header = { period, deliveredAt: now, supplierCode: options.supplierCode };
  const schuldhulpverlening = buildSchuldhulpverlening(cases, {
    ...header,
    municipalityCode: LEEUWARDEN_MUNICIPALITY_CODE,
    secret: options.secret,
  });
  assertValid('schuldhulpverlening.json', schuldhulpverlening);
  const trajectories = schuldhulpverlening.leveringen[0]!.schuldhulptrajecten.length;
  progress(`  schuldhulpverlening.json: ${trajectories} trajectories, valid`);

  const signals = await readByIds<GraphDebtSignal>(
    graph,
    await signalIdsIn(graph, period),
    signalsByIdsQuery,
    BATCH,
    'vroegsignalen',
  );
  const vroegsignalen = buildVroegsignalen(signals, header);
  assertValid('vroegsignalen.json', vroegsignalen);
  const signalCount = vroegsignalen.vroegsignalen?.length ?? 0;
  progress(`  vroegsignalen.json: ${signalCount} signals, valid`);

  await mkdir(options.out, { recursive: true });
  const files = {
    'schuldhulpverlening.json': await writeDocument(
      options.out,
      'schuldhulpverlening.json',
      schuldhulpverlening,
    ),
    'vroegsignalen.json': await writeDocument(options.out, 'vroegsignalen.json', vroegsignalen),
  };
  progress(`Written: ${files['schuldhulpverlening.json']}, ${files['vroegsignalen.json']}`);
  return { files, trajectories, signals: signalCount };
}
