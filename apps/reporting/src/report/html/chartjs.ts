import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * Chart.js's UMD build (defines `window.Chart`), read from the installed package so the report carries
 * the charting library inside it and needs no network. Resolved through the package, not a fixed path,
 * since pnpm puts it in its store.
 */
export function chartJsSource(): string {
  if (cached === undefined) {
    const entry = createRequire(import.meta.url).resolve('chart.js');
    cached = readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
  }
  return cached;
}
