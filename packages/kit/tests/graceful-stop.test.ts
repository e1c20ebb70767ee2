import { request } from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STOP_GRACE_MS,
  isReadyPhase,
  nextStopPhase,
  STOP_GRACE_ENV,
  stopGraceMs,
} from '../src/graceful-stop.ts';
import { listen } from '../src/listen.ts';

describe('the stop sequence', () => {
  it('goes accepting → draining → closed, and only forward', () => {
    expect(nextStopPhase('accepting', 'stop')).toBe('draining');
    expect(nextStopPhase('draining', 'stop')).toBe('draining');
    expect(nextStopPhase('draining', 'drained')).toBe('closed');
    expect(nextStopPhase('closed', 'stop')).toBe('closed');
  });

  it('is ready only while accepting', () => {
    expect(isReadyPhase('accepting')).toBe(true);
    expect(isReadyPhase('draining')).toBe(false);
    expect(isReadyPhase('closed')).toBe(false);
  });

  it('takes its grace period from the environment, 10 s by default', () => {
    expect(stopGraceMs({})).toBe(DEFAULT_STOP_GRACE_MS);
    expect(DEFAULT_STOP_GRACE_MS).toBe(10_000);
    expect(stopGraceMs({ [STOP_GRACE_ENV]: '' })).toBe(DEFAULT_STOP_GRACE_MS);
    expect(stopGraceMs({ [STOP_GRACE_ENV]: '2500' })).toBe(2500);
    expect(stopGraceMs({ [STOP_GRACE_ENV]: '0' })).toBe(0);
    for (const bad of ['-1', '1.5', 'ten'])
      expect(() => stopGraceMs({ [STOP_GRACE_ENV]: bad })).toThrow(
        `${STOP_GRACE_ENV} must be a whole number of milliseconds`,
      );
  });
});

/** A GET on a connection of its own: the status and body, or the socket error's code. */
function get(port: number, path: string): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, body, connection: res.headers.connection as string }),
      );
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => reject(Object.assign(error, { code: error.code })));
    req.end();
  });
}

async function slowServer(holdMs: number) {
  let arrived = 0;
  const app = express();
  app.get('/slow', async (_req, res) => {
    arrived++;
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    res.send('x'.repeat(1_000_000));
  });
  const server = await listen(app, 0, '127.0.0.1');
  const inFlight = async (count: number) => {
    while (arrived < count) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { server, inFlight };
}

describe('draining a server (listen)', () => {
  it('refuses new connections, finishes the requests in flight, then closes', async () => {
    const { server, inFlight } = await slowServer(500);
    const requests = Array.from({ length: 5 }, () => get(server.port, '/slow'));
    await inFlight(5);
    expect(server.accepting).toBe(true);

    const drained = server.drain(10_000);
    expect(server.accepting).toBe(false);
    await expect(get(server.port, '/slow')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    for (const answer of await Promise.all(requests)) {
      expect(answer.status).toBe(200);
      expect(answer.body).toHaveLength(1_000_000);
      expect(answer.connection).toBe('close');
    }
    await drained;
  });

  it('cuts what is still running when the grace period is over', async () => {
    const { server, inFlight } = await slowServer(60_000);
    const stuck = get(server.port, '/slow');
    await inFlight(1);
    const started = Date.now();
    await server.drain(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(stuck).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
