import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/render.ts';
import {
  CHARTS_DRAWN,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  screenshotReport,
} from '../../src/report/html/screenshot.ts';
import { councilReport, INDICATORS } from './html-fixture.ts';

// The report in a real browser, opened from disk as a council member would: every chart drawn, no
// request beyond the file itself. Needs Debian's chromium (`.ci/run` installs it). @mienskip/testing is
// not a dependency of this app, so its requireOrSkip is mirrored here: skip locally, fail under CI.
const available = existsSync(CHROMIUM_PATH);
if (!available && (process.env.CI === 'true' || process.env.CI === '1'))
  throw new Error(`Chromium is required when CI=true, and it is missing: no browser at ${CHROMIUM_PATH}`);
if (!available)
  console.warn(`Skipping the report's browser tests: no browser at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);

/** Where the screenshot goes, for a person to look at (apps/reporting/test-output is git-ignored). */
const SCREENSHOT = fileURLToPath(new URL('../../test-output/council-report.png', import.meta.url));

interface Drawn {
  instances: number;
  canvases: number;
  blank: string[];
}

// Runs in the page. A string, since this app's TypeScript has no DOM types. A canvas is blank when its
// pixels equal those of a fresh canvas of the same size.
const DRAWN_CHECK = `(() => {
  const canvases = [...document.querySelectorAll('figure.chart canvas')];
  const blank = canvases.filter((c) => {
    const empty = document.createElement('canvas');
    empty.width = c.width;
    empty.height = c.height;
    return c.toDataURL() === empty.toDataURL();
  });
  return { instances: Object.keys(Chart.instances).length, canvases: canvases.length, blank: blank.map((c) => c.id) };
})()`;

describe.runIf(available)('the HTML report in a browser', () => {
  let dir: string;
  let file: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'council-report-'));
    file = join(dir, 'report.html');
    await writeFile(file, renderHtml(councilReport({ personalData: true })));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('draws every chart from the file alone, without errors or requests', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requested: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => void requested.push(request.url()));
    // A blocked script or style (the page's CSP) shows as a console error too.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => void errors.push(String(error)));

    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(`html[${CHARTS_DRAWN}]`);

    // The lumpsum and the realisation share one chart.
    const expected = INDICATORS.filter((i) => i.chart).length - 1;
    expect(await page.getAttribute('html', CHARTS_DRAWN)).toBe(String(expected));
    const drawn = await page.evaluate<Drawn>(DRAWN_CHECK);
    expect(drawn).toEqual({ instances: expected, canvases: expected, blank: [] });

    const secret = page.locator('#i-jeugd-zaken-per-route td.secret').first();
    expect(await secret.textContent()).toBe('geheim');
    expect(await page.locator('.banner strong').textContent()).toBe('NIET VOOR PUBLICATIE');

    // Printed, every page carries the warning; on screen the cover's banner does.
    expect(await page.locator('.print-mark').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-mark').isVisible()).toBe(true);

    expect(errors).toEqual([]);
    expect(requested).toEqual([url]);
  });

  it('writes a full-page screenshot, or just the first screen, with screenshotReport', async () => {
    await rm(SCREENSHOT, { force: true });
    await screenshotReport(file, SCREENSHOT);
    const png = await readFile(SCREENSHOT);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // The IHDR's width and height: the whole page, not just the first screen.
    expect(png.readUInt32BE(16)).toBe(1100);
    expect(png.readUInt32BE(20)).toBeGreaterThan(3000);

    const cover = join(dir, 'cover.png');
    await screenshotReport(file, cover, { fullPage: false, width: 1000, height: 1400 });
    const picture = await readFile(cover);
    expect([picture.readUInt32BE(16), picture.readUInt32BE(20)]).toEqual([1000, 1400]);
  });
});
