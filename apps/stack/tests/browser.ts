import { existsSync } from 'node:fs';
import { requireOrSkip } from '@mienskip/testing';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it), or `CHROMIUM_PATH`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the browser tests run: skipped without Chromium, failed under `CI=true`. */
export const hasChromium = () =>
  requireOrSkip('Chromium', existsSync(CHROMIUM), `no browser at ${CHROMIUM} (set CHROMIUM_PATH)`);

/** Headless Chromium that calls no host itself, so a test sees only what its page asks for. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium itself calls home; we only watch the page.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
