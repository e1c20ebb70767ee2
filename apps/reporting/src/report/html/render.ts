import { createHash } from 'node:crypto';
import type { CouncilReport } from '../model.ts';
import { chartJsSource } from './chartjs.ts';
import type { ChartSpec } from './charts.ts';
import { CLIENT_SCRIPT } from './client.ts';
import { coverHtml, NOT_FOR_PUBLICATION, TITLE } from './cover.ts';
import { escapeHtml, jsonForScript, scriptForHtml } from './escape.ts';
import { formatDateTime } from './format.ts';
import { contentsHtml, sectionsHtml } from './sections.ts';
import { STYLES } from './styles.ts';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Only the report's own script and stylesheet may run (by their hashes), and nothing may be fetched:
 * no default source, no connect-src; images only as data: URLs (the browser's print of a canvas).
 */
function contentSecurityPolicy(scripts: string[], style: string): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(hashOf).join(' ')}`,
    `style-src ${hashOf(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The self-contained HTML report (charts bundled, opens from disk without internet). */
export function renderHtml(report: CouncilReport): string {
  const charts: ChartSpec[] = [];
  const sections = sectionsHtml(report, charts);
  const scripts = [scriptForHtml(chartJsSource()), CLIENT_SCRIPT];
  const printMark = report.personalData ? `<div class="print-mark">${NOT_FOR_PUBLICATION}</div>` : '';
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(scripts, STYLES))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(TITLE)}${report.personalData ? ` — ${NOT_FOR_PUBLICATION}` : ''}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    printMark,
    '<div class="page">',
    coverHtml(report),
    contentsHtml(report),
    `<main>${sections}</main>`,
    `<footer>Gemaakt op ${escapeHtml(formatDateTime(report.generatedAt))} door Mienskip; grafieken met Chart.js (MIT-licentie), in dit bestand meegeleverd.</footer>`,
    '</div>',
    `<script type="application/json" id="report-charts">${jsonForScript(charts)}</script>`,
    ...scripts.map((script) => `<script>${script}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
