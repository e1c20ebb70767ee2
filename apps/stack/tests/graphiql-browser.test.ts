import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { startGraph, type TestGraph } from './graph.ts';

// GraphiQL in a real browser: it renders, runs a query with a key typed into its headers, and asks
// nothing of any host but ours. Needs Debian's chromium (`.ci/run` installs it).

describe.runIf(hasChromium())('GraphiQL in a browser', () => {
  let graph: TestGraph;
  let gateway: TestGateway;

  beforeAll(async () => {
    graph = await startGraph();
    ({ gateway } = graph);
  });
  afterAll(() => graph?.close());

  it('runs the rooms query and loads nothing from outside this server', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => void requested.push(request.url()));
      // GraphiQL keeps its editors' contents in localStorage: put the key in its headers as a user would.
      await page.addInitScript((key) => {
        localStorage.setItem('graphiql:headers', JSON.stringify({ Authorization: `Bearer ${key}` }));
      }, gateway.municipalKey);
      await page.goto(gateway.url, { waitUntil: 'networkidle' });
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url() === gateway.url && !!r.request().postData()?.includes('rooms')),
        page.click('.graphiql-execute-button'),
      ]);
      expect(((await response.json()) as { data: { rooms: unknown[] } }).data.rooms).toHaveLength(9);
      // Monaco renders spaces as no-break spaces.
      await page.waitForFunction(() => document.body.textContent?.includes('Westenkwartier'));

      const origin = new URL(gateway.url).origin;
      const foreign = requested.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
      );
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
