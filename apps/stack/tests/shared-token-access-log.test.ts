import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestGateway, type TestGateway } from '@mienskip/gateway/testing';
import { ACCESS_LOG_SERVICE, SUBGRAPHS, type SubgraphName } from '@mienskip/kit/catalogue';
import { REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { startTestSubgraph, type TestSubgraph } from '@mienskip/testing';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefinitions } from './definitions.ts';

// Issue 19, end to end: the real gateway, every subgraph and the access log. The gateway shares one
// token between a caller's requests to a subgraph; every access-log entry still names its own
// request. A relay in front of audit's `/entries` keeps what each subgraph sent it.
interface Posted {
  token: string;
  requestId: string | undefined;
}
const posted: Posted[] = [];
let relay: Server;
let gateway: TestGateway;
const subgraphs: TestSubgraph[] = [];
let auditorKey: string;

async function startRelay(target: string): Promise<string> {
  relay = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    // Passed on as they came: the body's type, the token and the request id.
    const headers = Object.fromEntries(
      ['content-type', TOKEN_HEADER, REQUEST_ID_HEADER].flatMap((name) => {
        const value = req.headers[name];
        return typeof value === 'string' ? [[name, value]] : [];
      }),
    ) as Record<string, string>;
    posted.push({ token: headers[TOKEN_HEADER] ?? '', requestId: headers[REQUEST_ID_HEADER] });
    const answer = await fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) });
    res.writeHead(answer.status).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(relay.address() as AddressInfo).port}/entries`;
}

beforeAll(async () => {
  const definitions = await loadDefinitions();
  const audit = await startTestSubgraph(definitions[ACCESS_LOG_SERVICE]);
  subgraphs.push(audit);
  const accessLogUrl = await startRelay(audit.url.replace(/\/graphql$/, '/entries'));
  const ownerUrls: Record<string, string> = {};
  const urls = { [ACCESS_LOG_SERVICE]: audit.url } as Record<SubgraphName, string>;
  await Promise.all(
    SUBGRAPHS.filter(({ name }) => name !== ACCESS_LOG_SERVICE).map(async ({ name }) => {
      const started = await startTestSubgraph(definitions[name], { accessLogUrl, ownerUrls });
      subgraphs.push(started);
      urls[name] = started.url;
    }),
  );
  Object.assign(ownerUrls, urls);
  gateway = await startTestGateway(urls);
  auditorKey = (
    await gateway.keys.create({
      name: 'privacy officer',
      organisationId: 'org-gemeente-leeuwarden',
      organisationKind: 'MUNICIPALITY',
      scopes: ['clients:read', 'audit'],
    })
  ).secret;
}, 120_000);
afterAll(async () => {
  await gateway?.close();
  await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
  await new Promise((resolve) => relay?.close(resolve));
});

describe('a shared token, an access-log entry per request (issue 19)', () => {
  it('logs two reads of one key each with its own request id, while the token was the same', async () => {
    const first = await gateway.query<{ clients: { edges: { node: { id: string } }[] } }>(
      '{ clients(first: 1, filter: { areaId: "area-stiens" }) { edges { node { id } } } }',
    );
    const id = first.body.data!.clients.edges[0]!.node.id;
    const purpose = { 'x-mienskip-purpose': 'keukentafelgesprek voorbereiden' };
    const read = () =>
      gateway.query('query ($id: ID!) { client(id: $id) { name bsn } }', {
        variables: { id },
        headers: purpose,
      });
    posted.length = 0;
    const one = await read();
    const two = await read();
    expect(one.body.errors).toBeUndefined();
    expect(two.body.errors).toBeUndefined();
    const ids = [one.headers.get(REQUEST_ID_HEADER), two.headers.get(REQUEST_ID_HEADER)];
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);

    // What the clients subgraph sent to the log: one POST per read, one token, each request's id.
    const fromClients = posted.filter(({ token }) => decodeJwt(token).aud === 'clients');
    expect(fromClients.map(({ requestId }) => requestId)).toEqual(ids);
    expect(fromClients[1]!.token).toBe(fromClients[0]!.token);
    expect(decodeJwt(fromClients[0]!.token)).not.toHaveProperty('rid');

    // What the log recorded: each read under its own request id, who and why as before.
    const log = await gateway.query<{
      client: { accessLog: { edges: { node: Record<string, unknown> }[] } };
    }>(
      'query ($id: ID!) { client(id: $id) { accessLog(first: 10) { edges { node { action fields purpose source organisationId requestId } } } } }',
      { variables: { id }, key: auditorKey },
    );
    expect(log.body.errors).toBeUndefined();
    const reads = log.body
      .data!.client.accessLog.edges.map(({ node }) => node)
      .filter((node) => ids.includes(node.requestId as string));
    expect(reads.map((node) => node.requestId).sort()).toEqual([...ids].sort());
    for (const node of reads) {
      expect(node).toMatchObject({
        action: 'READ',
        fields: ['bsn', 'name'],
        purpose: 'keukentafelgesprek voorbereiden',
        source: 'clients',
        organisationId: 'org-gemeente-leeuwarden',
      });
    }
  });
});
