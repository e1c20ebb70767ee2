import type { CreateKeyInput, KeyAdministration, NewKeySecret } from './administration.ts';
import type { ApiKeyChanges } from './store.ts';
import type { ApiKeyView } from './view.ts';

const KEY_FIELDS = `id name organisationId organisationKind scopes prefix expiresAt revokedAt createdAt
  lastUsedAt apps mayIntrospect allowedPurposes version secrets { prefix createdAt retiresAt lastUsedAt }`;

type Json = Record<string, unknown>;

const DATES = ['expiresAt', 'revokedAt', 'createdAt', 'lastUsedAt', 'retiresAt'];

function withDates<T>(value: Json): T {
  const revived: Json = { ...value };
  for (const field of DATES)
    if (typeof revived[field] === 'string') revived[field] = new Date(revived[field] as string);
  if (Array.isArray(revived.secrets))
    revived.secrets = revived.secrets.map((secret: Json) => withDates(secret));
  return revived as T;
}

/** Thrown with the admin API's own message and code. */
export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Key administration through a running gateway's admin API (`<gatewayUrl>/admin/graphql`) with a
 * key holding the `admin` scope: the same operations, and the same rules, as `administerKeys`.
 */
export function adminApiClient(gatewayUrl: string, adminKey: string): KeyAdministration {
  const endpoint = `${gatewayUrl.replace(/\/+$/, '').replace(/\/graphql$/, '')}/admin/graphql`;
  async function request<T>(query: string, variables: Json = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new AdminApiError(
        `Cannot reach the admin API at ${endpoint}: ${(error as Error).message}`,
        undefined,
      );
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: T;
      errors?: { message: string; extensions?: Json }[];
    };
    const error = body.errors?.[0];
    if (error) throw new AdminApiError(error.message, error.extensions?.code as string | undefined);
    if (!body.data)
      throw new AdminApiError(`The admin API answered HTTP ${response.status} without data`, undefined);
    return body.data;
  }
  const keyWithSecret = (result: { key: Json; secret: string }): NewKeySecret => ({
    key: withDates<ApiKeyView>(result.key),
    secret: result.secret,
  });
  const iso = (date: Date | null | undefined) => (date == null ? date : date.toISOString());
  return {
    async list(filter = {}) {
      const data = await request<{ apiKeys: Json[] }>(
        `query ($organisationId: ID) { apiKeys(organisationId: $organisationId) { ${KEY_FIELDS} } }`,
        { organisationId: filter.organisationId ?? null },
      );
      return data.apiKeys.map((key) => withDates<ApiKeyView>(key));
    },
    async get(id) {
      const data = await request<{ apiKey: Json | null }>(
        `query ($id: ID!) { apiKey(id: $id) { ${KEY_FIELDS} } }`,
        {
          id,
        },
      );
      return data.apiKey ? withDates<ApiKeyView>(data.apiKey) : undefined;
    },
    async create(input: CreateKeyInput) {
      const data = await request<{ createApiKey: { key: Json; secret: string } }>(
        `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { ${KEY_FIELDS} } } }`,
        { input: { ...input, expiresAt: iso(input.expiresAt) } },
      );
      return keyWithSecret(data.createApiKey);
    },
    async update(id: string, version: number, changes: ApiKeyChanges) {
      const data = await request<{ updateApiKey: Json }>(
        `mutation ($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { ${KEY_FIELDS} } }`,
        {
          input: {
            id,
            version,
            ...changes,
            ...('expiresAt' in changes && { expiresAt: iso(changes.expiresAt) }),
          },
        },
      );
      return withDates<ApiKeyView>(data.updateApiKey);
    },
    async rotate(id, graceSeconds) {
      const data = await request<{ rotateApiKey: { key: Json; secret: string } }>(
        `mutation ($id: ID!, $grace: Int!) { rotateApiKey(id: $id, graceSeconds: $grace) { secret key { ${KEY_FIELDS} } } }`,
        { id, grace: graceSeconds },
      );
      return keyWithSecret(data.rotateApiKey);
    },
    async revoke(id) {
      const data = await request<{ revokeApiKey: Json }>(
        `mutation ($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`,
        { id },
      );
      return withDates<ApiKeyView>(data.revokeApiKey);
    },
  };
}
