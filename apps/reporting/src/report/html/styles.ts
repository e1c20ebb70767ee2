/** The report's stylesheet: plain, readable on screen, and printable on A4 with the charts at fixed sizes. */
export const STYLES = `
:root { --ink: #1d1d1b; --muted: #5b5b5b; --line: #d0d0d0; --accent: #0b4f8a; --alert: #b00020; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.page { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; color: var(--accent); }
h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; padding-bottom: .25rem; border-bottom: 3px solid var(--accent); }
h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
a { color: var(--accent); }
.banner { border: 3px solid var(--alert); color: var(--alert); background: #fdecee; padding: .75rem 1rem; margin-bottom: 1.5rem; }
.banner strong { display: block; font-size: 1.6rem; letter-spacing: .08em; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; margin: 0 0 1.5rem; }
.cover dt { font-weight: 600; }
.cover dd { margin: 0; }
.notice { border-left: 4px solid var(--line); padding: .25rem 0 .25rem 1rem; margin: 1rem 0; }
.notice.synthetic { border-color: #e69f00; background: #fff7e6; }
.toc ol { padding-left: 1.5rem; }
.toc > ol > li { margin-top: .35rem; font-weight: 600; }
.toc li li { font-weight: 400; }
.indicator { border-top: 1px solid var(--line); padding-top: .5rem; }
.domain > h2 + .indicator { border-top: 0; padding-top: 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; font-size: .92rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.notes { font-size: .92rem; color: var(--muted); margin: .25rem 0 .75rem; padding-left: 1.25rem; }
figure.chart { margin: 1rem 0; }
figure.chart canvas { display: block; width: 760px; height: 300px; max-width: 100%; }
figure.chart figcaption, .chart-note, .chart-ref, .footnote { font-size: .85rem; color: var(--muted); margin: .35rem 0 0; }
.chart-note { color: var(--alert); }
.table-wrap { overflow-x: auto; margin: .75rem 0 0; }
table.figures { border-collapse: collapse; font-size: .88rem; font-variant-numeric: tabular-nums; }
table.figures caption { text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .25rem; }
table.figures th, table.figures td { border: 1px solid var(--line); padding: .2rem .5rem; }
table.figures thead th { background: #eef3f8; text-align: center; vertical-align: bottom; }
table.figures tbody th { text-align: left; font-weight: 600; white-space: nowrap; vertical-align: top; }
table.figures td { text-align: right; white-space: nowrap; }
table.figures td.prev, table.figures th.prev { color: var(--muted); background: #fafafa; }
table.figures td.secret { font-style: italic; color: var(--alert); text-align: center; }
table.figures td.missing { color: var(--muted); text-align: center; }
.mark { color: var(--muted); margin-left: .1em; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); }
.print-mark { display: none; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .cover, .toc { break-after: page; }
  .domain { break-before: page; }
  h2, h3 { break-after: avoid; }
  figure.chart, tr { break-inside: avoid; }
  figure.chart canvas { width: 170mm !important; height: 67mm !important; }
  .table-wrap { overflow: visible; }
  .print-mark { display: block; position: fixed; top: 0; right: 0; color: var(--alert); font-weight: 700; font-size: 8pt; }
}
`;
