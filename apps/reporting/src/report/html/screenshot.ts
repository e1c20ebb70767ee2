import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Debian's Chromium, as the browser tests use it; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's own calls home are switched off; the report itself asks for nothing. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** How the page says every chart is drawn (set by its script once Chart.js has drawn them all). */
export const CHARTS_DRAWN = 'data-charts-drawn';

/**
 * A full-page PNG of a written HTML report, e.g. for the README's picture:
 * `screenshotReport('/tmp/report/report.html', 'docs/council-report.png')`. Waits until the page's
 * script has drawn every chart.
 */
export async function screenshotReport(
  htmlPath: string,
  pngPath: string,
  options: { width?: number; executablePath?: string } = {},
): Promise<void> {
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1100, height: 900 } });
    await page.goto(pathToFileURL(resolve(htmlPath)).href, { waitUntil: 'load' });
    await page.waitForSelector(`html[${CHARTS_DRAWN}]`);
    await mkdir(dirname(resolve(pngPath)), { recursive: true });
    await page.screenshot({ path: pngPath, fullPage: true });
  } finally {
    await browser.close();
  }
}
