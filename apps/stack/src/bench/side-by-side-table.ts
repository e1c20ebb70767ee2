import type { Ratios, RunFigures } from './side-by-side-figures.ts';

interface Summary {
  geometricMean: number;
  worst: { operation: string; ratio: number };
}

interface Row {
  name: string;
  mienskip: { median: RunFigures };
  hive: { median: RunFigures };
  ratio: Ratios;
}

const subgraphCpu = (figures: RunFigures) =>
  Object.entries(figures.cpuMsPerRequest)
    .filter(([name]) => name !== 'gateway')
    .reduce((sum, [, ms]) => sum + ms, 0)
    .toFixed(2);

/** The side-by-side as a Markdown table (the README's summary is cut from it). */
export function sideBySideTable(section: {
  database: string;
  /** `database`, and the gateways' processes when not the defaults (`sideBySideKey`). */
  key: string;
  operations: readonly Row[];
  summary: Record<'requestsPerSecondRatio' | 'requestsPerSecondRatioPerRound', Summary>;
}): string {
  const header = [
    'operation',
    'Mienskip req/s',
    'Hive req/s',
    'M/H',
    'M/H per round',
    'p50 ms M / H',
    'p99 ms M / H',
    'gateway CPU ms/req M / H',
    'subgraphs CPU ms/req M / H',
    'statements/op M / H',
  ];
  const rows = section.operations.map(({ name, mienskip: { median: m }, hive: { median: h }, ratio }) => [
    name,
    String(m.requestsPerSecond),
    String(h.requestsPerSecond),
    ratio.requestsPerSecond.toFixed(2),
    ratio.requestsPerSecondPerRound.toFixed(2),
    `${m.latencyMs.p50} / ${h.latencyMs.p50}`,
    `${m.latencyMs.p99} / ${h.latencyMs.p99}`,
    `${(m.cpuMsPerRequest.gateway ?? 0).toFixed(2)} / ${(h.cpuMsPerRequest.gateway ?? 0).toFixed(2)}`,
    `${subgraphCpu(m)} / ${subgraphCpu(h)}`,
    `${m.statementsPerOperation.total} / ${h.statementsPerOperation.total}`,
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const summary = ({ geometricMean, worst }: Summary) =>
    `geometric mean ${geometricMean}, worst ${worst.ratio} (${worst.operation})`;
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    `${section.key}: Mienskip/Hive req/s of the medians, ${summary(section.summary.requestsPerSecondRatio)}; ` +
      `per round, ${summary(section.summary.requestsPerSecondRatioPerRound)}`,
  ].join('\n');
}

export function printSideBySide(section: Parameters<typeof sideBySideTable>[0]): void {
  console.log(`\n${sideBySideTable(section)}`);
}
