import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoomPlanner, ROOM_PLANNER_SERVICE, roomPlannerEnv } from '../src/room-planner.ts';
import { ensureRoomPlannerKey, MUNICIPALITY } from '../src/room-planner-key.ts';
import { REPO_ROOT } from '../src/services.ts';
import { hasChromium, launchChromium } from './browser.ts';
import { startGraph, type TestGraph } from './graph.ts';

// The room planner end to end: its build, its server with a key bound to the room-planner app, the
// real graph behind it, and the page in Debian's Chromium (`.ci/run` installs it).
const SCREENSHOT = fileURLToPath(new URL('../test-output/room-planner.png', import.meta.url));
const manifest = (app: string) =>
  JSON.parse(
    readFileSync(
      join(REPO_ROOT, `apps/gateway/operations/${app}/generated/persisted-documents.json`),
      'utf8',
    ),
  ) as Record<string, string>;
const [[weekId, weekText]] = Object.entries(manifest('room-planner')) as [[string, string]];
const councilId = Object.keys(manifest('council'))[0]!;
const SEEDED_WEEK = '2021-01-04';

type ErrorBody = { errors: { extensions: { code: string } }[] };

/** The room planner's server on a free port, as `npm start` runs it; resolves with its URL. */
function startRoomPlanner(env: Record<string, string>): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', ROOM_PLANNER_SERVICE.entry],
    {
      cwd: join(REPO_ROOT, ROOM_PLANNER_SERVICE.dir),
      env: { ...process.env, ...env, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const url = new Promise<string>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      log += chunk;
      const found = /"url":"(http:\/\/127\.0\.0\.1:\d+)\/"/.exec(log);
      if (found) resolve(found[1]!);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => reject(new Error(`The room planner stopped (exit code ${code}):\n${log}`)));
  });
  return { child, url };
}

describe.runIf(hasChromium())('the room planner in a browser', () => {
  let graph: TestGraph;
  let gatewayBase: string;
  let roomPlannerKey: string;
  let keyDir: string;
  let server: ReturnType<typeof startRoomPlanner> | undefined;
  let url: string;

  beforeAll(async () => {
    [graph] = await Promise.all([startGraph(), buildRoomPlanner()]);
    gatewayBase = graph.gateway.url.replace(/\/graphql$/, '');
    // As `npm start` does: through the admin API, with a key holding the admin scope.
    keyDir = mkdtempSync(join(tmpdir(), 'room-planner-key-'));
    roomPlannerKey = await ensureRoomPlannerKey(gatewayBase, graph.gateway.municipalKey, keyDir);
    server = startRoomPlanner(roomPlannerEnv(gatewayBase, roomPlannerKey));
    url = await server.url;
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await graph?.close();
  });

  it('shows the rooms with their gaps and presence in the seeded week, asking only its own server', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const requested: string[] = [];
      const sent: string[] = [];
      // A script error, or a load the Content-Security-Policy blocked, is a console error.
      const problems: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
      page.on('pageerror', (error) => void problems.push(error.message));
      page.on('request', (request) => {
        requested.push(request.url());
        if (request.method() === 'POST') sent.push(request.postData() ?? '');
      });
      await page.goto(`${url}/`, { waitUntil: 'networkidle' });
      await page.waitForSelector('[data-testid=room]');
      await page.getByRole('button', { name: /Show the seeded week/ }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid=week-number]')?.textContent === 'Week 1, 2021',
      );
      await page.waitForSelector('[data-testid=summary]');

      // What the page shows is what the graph answers for the seeded week.
      const expected = await graph.gateway.query<{
        rooms: {
          name: string;
          coverage: { gapsWithoutReception: unknown[]; gapsWithoutBasis: unknown[] };
          presence: { organisation: { name: string } | null }[];
        }[];
      }>(weekText, { variables: { week: SEEDED_WEEK } });
      const rooms = expected.body.data!.rooms;
      expect(rooms).toHaveLength(9);
      const cards = page.getByTestId('room');
      await expect.poll(() => cards.count()).toBe(rooms.length);
      const count = (rows: number, room: (typeof rooms)[number]) =>
        rows + room.coverage.gapsWithoutReception.length;
      expect(rooms.reduce(count, 0)).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=gaps-reception] li').count()).toBe(rooms.reduce(count, 0));
      expect(await page.locator('[data-testid=gaps-basis] li').count()).toBe(
        rooms.reduce((rows, room) => rows + room.coverage.gapsWithoutBasis.length, 0),
      );
      const text = await page.locator('main').textContent();
      for (const room of rooms) expect(text).toContain(room.name);
      // Organisation names are readable with the key's one scope.
      const organisations = new Set(
        rooms.flatMap((room) => room.presence.flatMap((slot) => slot.organisation?.name ?? [])),
      );
      expect(organisations.size).toBeGreaterThan(1);
      for (const name of organisations) expect(text).toContain(name);
      expect(text).toContain('Mon 4 Jan');
      expect(
        await page.locator('[data-testid=presence] [data-provenance=SYNTHETIC]').count(),
      ).toBeGreaterThan(0);

      // Nothing is wider than the window, nor than its room's card.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      const overflowing = await page.$$eval('[data-testid=room]', (cards) =>
        cards
          .filter((card) => card.scrollWidth > card.clientWidth)
          .map((card) => card.querySelector('h2')?.textContent),
      );
      expect(overflowing).toEqual([]);

      mkdirSync(fileURLToPath(new URL('../test-output/', import.meta.url)), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // The browser sent document ids only, and asked nothing of any host but this machine.
      expect(sent.length).toBeGreaterThan(0);
      for (const body of sent)
        expect(Object.keys(JSON.parse(body)).sort()).toEqual(['documentId', 'variables']);
      const foreign = requested.filter((address) => {
        if (address.startsWith('data:') || address.startsWith('blob:')) return false;
        return !['127.0.0.1', 'localhost'].includes(new URL(address).hostname);
      });
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('refuses another app’s document without asking the gateway', async () => {
    const calls = () =>
      graph.gateway.logs.filter((line) => line.msg === 'http' && line.path === '/graphql').length;
    const before = calls();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: councilId, variables: {} }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as ErrorBody).errors[0]!.extensions.code).toBe('OPERATION_NOT_TRUSTED');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls()).toBe(before);
  });

  it('has a key that the gateway lets run the room planner’s documents and nothing else', async () => {
    const send = (body: object) =>
      fetch(graph.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${roomPlannerKey}` },
        body: JSON.stringify(body),
      });
    const own = await send({ documentId: weekId, variables: { week: SEEDED_WEEK } });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { data: { rooms: unknown[] } }).data.rooms).toHaveLength(9);
    for (const other of [{ documentId: councilId, variables: {} }, { query: '{ rooms { id } }' }]) {
      const refused = await send(other);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ErrorBody).errors[0]!.extensions.code).toBe('OPERATION_NOT_TRUSTED');
    }
  });

  it('keeps its key across starts, and makes a new one (revoking the old) when the kept one is not taken', async () => {
    expect(await ensureRoomPlannerKey(gatewayBase, graph.gateway.municipalKey, keyDir)).toBe(roomPlannerKey);
    writeFileSync(join(keyDir, 'room-planner-api-key'), 'msk_not_a_key_the_gateway_knows_000000000000\n');
    const renewed = await ensureRoomPlannerKey(gatewayBase, graph.gateway.municipalKey, keyDir);
    expect(renewed).not.toBe(roomPlannerKey);
    expect(readFileSync(join(keyDir, 'room-planner-api-key'), 'utf8').trim()).toBe(renewed);
    const live = (await graph.gateway.keys.list()).filter(
      (key) => key.name === 'room-planner' && !key.revokedAt,
    );
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({
      scopes: ['locations:read'],
      apps: ['room-planner'],
      organisationId: MUNICIPALITY,
    });
  });
});
