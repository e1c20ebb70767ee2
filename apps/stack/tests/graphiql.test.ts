import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

let graph: TestGraph;
let gateway: TestGateway;

beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
});
afterAll(() => graph?.close());

describe('GraphiQL', () => {
  it('is served to a browser on GET /graphql without a key', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('<title>Mienskip GraphiQL</title>');
    // The headers editor is where the Authorization header goes.
    expect(page).toContain('Authorization');
  });

  it('loads nothing from outside this server', async () => {
    const page = await (await fetch(gateway.url, { headers: { accept: 'text/html' } })).text();
    const externalLoads = [
      ...page.matchAll(
        /<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
      ),
      ...page.matchAll(/@import\s+(?:url\()?["']?(?:https?:)?\/\//gi),
      ...page.matchAll(/\bimport(?:Scripts)?\(\s*["'](?:https?:)?\/\//g),
    ].map((match) => match[0]);
    expect(externalLoads).toEqual([]);
    const hosts = new Set(
      [...page.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((match) => match[1]!.toLowerCase()),
    );
    for (const host of [
      'unpkg.com',
      'cdn.jsdelivr.net',
      'cdnjs.cloudflare.com',
      'apollo-server-landing-page.cdn.apollographql.com',
    ]) {
      expect(hosts).not.toContain(host);
    }
  });

  it('does not take over GraphQL GET requests', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ areas { id } }')}`, {
      headers: { accept: 'text/html, application/json', authorization: `Bearer ${gateway.municipalKey}` },
    });
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});
