import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createExpressServer } from '../src/express-server.ts';
import { listen } from '../src/listen.ts';

function post(port: number, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/echo',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('an Express app on its own server (createExpressServer)', () => {
  it("builds requests and responses with the app's prototypes before Express sees them", async () => {
    const app = express();
    app.post('/echo', express.json(), (req, res) => void res.status(201).json({ echoed: req.body }));
    const server = createExpressServer(app);
    const seen: boolean[] = [];
    // Before the app's own listener: what Node built, before Express could change anything.
    server.prependListener('request', (req, res) => {
      seen.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));

    const answer = await post((server.address() as AddressInfo).port, '{"a":1}');
    expect(seen).toEqual([true, true]);
    // Express's own request and response methods work as before (body parser, status, json).
    expect(answer).toEqual({ status: 201, text: '{"echoed":{"a":1}}' });
  });

  it('is the server `listen` starts', async () => {
    const app = express();
    let prototypeAtStart: unknown;
    app.post('/echo', (_req, res) => void res.send('ok'));
    const running = await listen(app, 0, '127.0.0.1');
    closers.push(() => running.close());
    running.server.prependListener('request', (req) => {
      prototypeAtStart = Object.getPrototypeOf(req);
    });
    expect(await post(running.port, '')).toEqual({ status: 200, text: 'ok' });
    expect(prototypeAtStart).toBe(app.request);
  });
});
