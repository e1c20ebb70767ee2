import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app the room planner's key is bound to: its operations' directory under apps/gateway/operations. */
export const ROOM_PLANNER_APP = 'room-planner';
/** The name of its key; an older key of this name is revoked when a new one is made. */
export const ROOM_PLANNER_KEY_NAME = 'room-planner';
/**
 * What the room planner's document reads: rooms, their coverage and presence need `locations:read`
 * (a municipal key sees every organisation's presence); organisation names follow from any read scope.
 */
export const ROOM_PLANNER_SCOPES = ['locations:read'] as const;
/** The municipality's organisation (`MUNICIPALITY_ORGANISATION_ID` of the gateway). */
export const MUNICIPALITY = 'org-gemeente-leeuwarden';

interface ListedKey {
  id: string;
  name: string;
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
  scopes: string[];
  apps: string[] | null;
  secrets: { prefix: string | null }[];
}

/** An answer of the admin API with errors, or none at all. */
export class AdminRequestFailed extends Error {}

async function admin<T>(gatewayUrl: string, adminKey: string, query: string, variables = {}): Promise<T> {
  const response = await fetch(`${gatewayUrl}/admin/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data)
    throw new AdminRequestFailed(
      `The gateway's admin API answered HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
    );
  return body.data;
}

/** Whether the gateway takes `key` (any answer but 401 means it knows the key). */
async function authenticates(gatewayUrl: string, key: string): Promise<boolean> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return response.status !== 401;
}

const sameSet = (a: readonly string[] | null, b: readonly string[]) =>
  !!a && a.length === b.length && b.every((item) => a.includes(item));

/**
 * The room planner's API key: municipal, `locations:read` only, bound to the room-planner app.
 * Made once through the gateway's admin API with an admin key and kept (git-ignored) in the data
 * directory, as the development key is; made anew, the older keys of its name revoked, when the
 * kept secret no longer authenticates or its key is no longer exactly that.
 */
export async function ensureRoomPlannerKey(
  gatewayUrl: string,
  adminKey: string,
  dataDir: string,
): Promise<string> {
  const file = join(dataDir, 'room-planner-api-key');
  const kept = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  const { apiKeys } = await admin<{ apiKeys: ListedKey[] }>(
    gatewayUrl,
    adminKey,
    'query ($organisationId: ID) { apiKeys(organisationId: $organisationId) { id name status scopes apps secrets { prefix } } }',
    { organisationId: MUNICIPALITY },
  );
  const live = apiKeys.filter((key) => key.name === ROOM_PLANNER_KEY_NAME && key.status === 'ACTIVE');
  const keptKey =
    kept && live.find((key) => key.secrets.some(({ prefix }) => prefix && kept.startsWith(prefix)));
  if (
    kept &&
    keptKey &&
    sameSet(keptKey.scopes, ROOM_PLANNER_SCOPES) &&
    sameSet(keptKey.apps, [ROOM_PLANNER_APP]) &&
    (await authenticates(gatewayUrl, kept))
  )
    return kept;

  const { createApiKey } = await admin<{ createApiKey: { secret: string; key: { id: string } } }>(
    gatewayUrl,
    adminKey,
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { id } } }',
    {
      input: {
        organisationId: MUNICIPALITY,
        name: ROOM_PLANNER_KEY_NAME,
        scopes: ROOM_PLANNER_SCOPES,
        apps: [ROOM_PLANNER_APP],
        mayIntrospect: false,
      },
    },
  );
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${createApiKey.secret}\n`, { mode: 0o600 });
  for (const older of live)
    await admin(gatewayUrl, adminKey, 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', {
      id: older.id,
    });
  return createApiKey.secret;
}
