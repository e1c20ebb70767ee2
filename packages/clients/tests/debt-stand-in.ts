import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphEntry } from '@mienskip/kit/catalogue';
import type { Caller } from '@mienskip/kit/rules';
import { createTokenVerifier, isServiceCaller, TOKEN_HEADER } from '@mienskip/kit/token';
import { type StandInLookup, type StandInOwner, startStandInOwner, testKeyMaterial } from '@mienskip/testing';

/** A `DebtCaseload` as debt answers it: the households of the open debt cases an organisation registered or was referred. */
export interface DebtCaseload {
  /** The organisation. */
  id: string;
  householdIds: string[];
}

const DEBT_SCHEMA = new URL(`../../../${subgraphEntry('debt').schemaFile}`, import.meta.url);

/**
 * Debt's stand-in for clients' look-ups of `DebtCaseload`. Once debt's committed schema declares the
 * entity, this is `startStandInOwner` (debt's real schema, as for every other owner). Until then
 * (debt is being built: its schema is not committed yet, or has no `DebtCaseload`) a minimal owner
 * answers the same `_entities` call for service tokens signed with the test keys, with the entity as
 * clients expects it: `type DebtCaseload @key(fields: "id") { id: ID! householdIds: [ID!]! }`.
 */
export async function startDebtStandIn(caseloads: readonly DebtCaseload[]): Promise<StandInOwner> {
  if (existsSync(DEBT_SCHEMA) && /\btype DebtCaseload\b/.test(readFileSync(DEBT_SCHEMA, 'utf8')))
    return startStandInOwner({ owner: 'debt', entities: { DebtCaseload: caseloads } });
  const byId = new Map(caseloads.map((caseload) => [caseload.id, caseload]));
  const verifier = createTokenVerifier((await testKeyMaterial()).publicJwks, 'debt');
  const lookups: StandInLookup[] = [];
  const owner: StandInOwner = { url: '', lookups, failing: false, close: async () => {} };
  const server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const reply = (status: number, body: unknown) =>
      void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (owner.failing) return reply(503, { errors: [{ message: 'Unavailable' }] });
    let caller: Caller;
    try {
      caller = await verifier.verify(req.headers[TOKEN_HEADER] as string | undefined);
    } catch {
      return reply(401, { errors: [{ message: 'No valid token', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    if (!isServiceCaller(caller))
      return reply(401, { errors: [{ message: 'Look-ups only', extensions: { code: 'UNAUTHENTICATED' } }] });
    const { query, variables } = JSON.parse(text) as {
      query: string;
      variables: { representations: StandInLookup['representations'] };
    };
    lookups.push({ caller, representations: variables.representations });
    if (!/\.\.\. on DebtCaseload \{ householdIds \}/.test(query))
      return reply(200, { errors: [{ message: `Not a DebtCaseload look-up: ${query}` }] });
    const entities = variables.representations.map(({ __typename, id }) => {
      const caseload = __typename === 'DebtCaseload' ? byId.get(id) : undefined;
      return caseload ? { householdIds: caseload.householdIds } : null;
    });
    reply(200, { data: { _entities: entities } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  owner.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  owner.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return owner;
}
