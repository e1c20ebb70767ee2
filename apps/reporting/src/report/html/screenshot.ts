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

export interface ScreenshotOptions {
  /** The window's width in CSS pixels; 1100 by default. */
  width?: number;
  /** The whole page (default), or only the first `height` pixels: a README picture of the cover. */
  fullPage?: boolean;
  height?: number;
  executablePath?: string;
}

/**
 * A PNG of a written HTML report, e.g. for the README's picture:
 * `screenshotReport('/tmp/report/report.html', 'docs/council-report.png', { fullPage: false, height: 1600 })`.
 * Waits until the page's script has drawn every chart.
 */
export async function screenshotReport(
  htmlPath: string,
  pngPath: string,
  options: ScreenshotOptions = {},
): Promise<void> {
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: options.width ?? 1100, height: options.height ?? 900 },
    });
    await page.goto(pathToFileURL(resolve(htmlPath)).href, { waitUntil: 'load' });
    await page.waitForSelector(`html[${CHARTS_DRAWN}]`);
    await mkdir(dirname(resolve(pngPath)), { recursive: true });
    await page.screenshot({ path: pngPath, fullPage: options.fullPage ?? true });
  } finally {
    await browser.close();
  }
}
