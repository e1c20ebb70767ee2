// `pnpm keys <create|list|rotate|revoke|update|apps> …` (from the repository root): manage API keys.
// With a gateway running (the local stack, or MIENSKIP_GATEWAY_URL), it goes through that gateway's
// admin API; otherwise it opens the gateway's store itself. See USAGE.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { JEUGDWET_PURPOSES } from '@mienskip/kit/rules';
import { SCOPES } from '@mienskip/kit/scopes';
import { openGatewayDatabase } from './database.ts';
import { AdminApiError, adminApiClient } from './keys/admin-client.ts';
import { administerKeys, type KeyAdministration } from './keys/administration.ts';
import { KeyAdministrationForbidden } from './keys/administration-rules.ts';
import { KeyInputError } from './keys/errors.ts';
import { checkAllowedPurposes } from './keys/key-input.ts';
import { createKeyStore } from './keys/store.ts';
import { claimStore, storeOwner } from './keys/store-owner.ts';
import type { ApiKeyView } from './keys/view.ts';
import { loadManifests } from './trusted-documents/manifests.ts';
import { operationName } from './trusted-documents/operation-name.ts';

const USAGE = `Usage:
  keys create --org ORG_ID --name NAME --scopes scope,scope,… [--expires YYYY-MM-DD]
              [--apps APP,…] [--no-introspection] [--purposes CODE,…]
  keys list [--org ORG_ID]
  keys rotate --id KEY_ID [--grace 24h]
  keys revoke --id KEY_ID
  keys update --id KEY_ID [--name NAME] [--scopes scope,…] [--expires YYYY-MM-DD|never]
              [--apps APP,…|any] [--introspection yes|no]
              [--purposes CODE,…|any]
  keys apps

create and rotate print the new secret alone on the last line; it is shown only then.
--expires: the key stops working at the start of that day (UTC).
--grace: how long the previous secret keeps working after a rotation (s, m, h or d; 0 to 30d).
--apps binds the key to these apps (team directories under apps/gateway/operations with a
persisted-document manifest, written by pnpm codegen): it runs only their documents; "any" lifts
the restriction.
--purposes limits the key to these Jeugdwet purposes (art. 7.4.0) for personal youth data, e.g.
TOELEIDING,BEKOSTIGING; without it a key is not limited; "any" lifts the limit.
"apps" prints each app with its documents' ids and operation names, from the manifests here
(MIENSKIP_PERSISTED_DOCUMENTS_DIR or apps/gateway/operations), without touching any store.

Where it works: MIENSKIP_GATEWAY_URL, or the gateway the local stack runs, through its admin API
with MIENSKIP_ADMIN_KEY (default: the local development key in .data/dev-api-key); otherwise the
store itself (DATABASE_URL, or PGlite in PGLITE_DATA_DIR, default .data/gateway). A key made while
no gateway runs has its organisation checked at its first use.

Scopes: ${SCOPES.join(', ')}
Jeugdwet purposes: ${JEUGDWET_PURPOSES.map(({ code, clause, dutch }) => `\n  ${code} (${clause}) ${dutch}`).join('')}`;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const env = process.env;
// `pnpm keys` runs in apps/gateway: paths given are meant from where it was typed.
if (env.INIT_CWD) process.chdir(env.INIT_CWD);
const DATA_ROOT = env.MIENSKIP_DATA_DIR ?? join(REPO_ROOT, '.data');

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    org: { type: 'string' },
    name: { type: 'string' },
    scopes: { type: 'string' },
    expires: { type: 'string' },
    id: { type: 'string' },
    grace: { type: 'string' },
    introspection: { type: 'string' },
    'no-introspection': { type: 'boolean' },
    apps: { type: 'string' },
    purposes: { type: 'string' },
  },
});

function fail(message: string, code = 2): never {
  console.error(code === 2 ? `${message}\n\n${USAGE}` : message);
  process.exit(code);
}

const list = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Checked here too, so that an unknown code gets the same message through a running gateway. */
function purposes(value: string): string[] | null {
  if (value === 'any') return null;
  try {
    return checkAllowedPurposes(list(value));
  } catch (error) {
    return fail((error as Error).message);
  }
}

function expiry(value: string): Date | null {
  if (value === 'never') return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    fail(`--expires must be a date YYYY-MM-DD, not "${value}"`);
  return date;
}

function graceSeconds(value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value);
  if (!match) fail(`--grace must be a number with s, m, h or d, e.g. 24h, not "${value}"`);
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
}

function describe(key: ApiKeyView): string {
  const state = key.revokedAt
    ? `revoked ${key.revokedAt.toISOString()}`
    : key.expiresAt
      ? `expires ${key.expiresAt.toISOString()}`
      : 'active';
  const kind = key.organisationKind ?? 'kind checked at first use';
  const used = key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : 'never used';
  const operations = key.apps ? `  apps ${key.apps.join(', ')} only` : '';
  const introspection = key.mayIntrospect ? '' : '  no introspection';
  const limited = key.allowedPurposes ? `  Jeugdwet purposes ${key.allowedPurposes.join(', ')} only` : '';
  const retiring = key.secrets
    .filter((secret) => secret.retiresAt && secret.retiresAt > new Date())
    .map((secret) => `  previous secret ${secret.prefix}… works until ${secret.retiresAt!.toISOString()}`)
    .join('');
  return `${key.id}  ${key.prefix ?? '(no prefix yet)'}…  ${key.name}  ${key.organisationId} (${kind})  [${key.scopes.join(', ')}]  ${state}  ${used}  v${key.version}${operations}${introspection}${limited}${retiring}`;
}

interface Connection {
  admin: KeyAdministration;
  via: string;
  close(): Promise<void>;
}

function adminKey(): string {
  if (env.MIENSKIP_ADMIN_KEY) return env.MIENSKIP_ADMIN_KEY;
  try {
    return readFileSync(join(DATA_ROOT, 'dev-api-key'), 'utf8').trim();
  } catch {
    return fail('Set MIENSKIP_ADMIN_KEY to a key with the admin scope to use a running gateway', 1);
  }
}

/** The running gateway's admin API when there is one; the store itself otherwise. */
async function connect(): Promise<Connection> {
  const url = env.DATABASE_URL || undefined;
  const dataDir = url ? undefined : (env.PGLITE_DATA_DIR ?? join(DATA_ROOT, 'gateway'));
  const owner = dataDir ? storeOwner(dataDir) : undefined;
  const gatewayUrl = env.MIENSKIP_GATEWAY_URL || owner?.url;
  if (gatewayUrl)
    return {
      admin: adminApiClient(gatewayUrl, adminKey()),
      via: `the gateway at ${gatewayUrl}`,
      close: async () => {},
    };
  if (owner) fail(`The key store is open in process ${owner.pid} (another keys command?); try again`, 1);
  const claim = dataDir ? claimStore(dataDir) : undefined;
  const database = await openGatewayDatabase({ url, dataDir });
  const operator = {
    organisationId: 'operator',
    organisationKind: 'MUNICIPALITY' as const,
    scopes: new Set(SCOPES),
  };
  return {
    admin: administerKeys(createKeyStore(database.db), operator),
    via: url ? 'the key store (DATABASE_URL)' : `the key store in ${dataDir}`,
    close: async () => {
      await database.close();
      claim?.release();
    },
  };
}

async function run(admin: KeyAdministration, command: string | undefined): Promise<void> {
  switch (command) {
    case 'create': {
      const { org, name, scopes, expires } = values;
      if (!org || !name || !scopes) fail('create needs --org, --name and --scopes');
      if (values.apps === 'any') fail('create --apps takes app names; leave it out for any operation');
      const allowedPurposes = values.purposes !== undefined ? purposes(values.purposes) : null;
      if (values.purposes === 'any')
        fail('create --purposes takes codes; leave it out for a key that is not limited');
      const { key, secret } = await admin.create({
        organisationId: org,
        name,
        scopes: list(scopes),
        expiresAt: expires ? expiry(expires) : null,
        apps: values.apps !== undefined ? list(values.apps) : null,
        mayIntrospect: !values['no-introspection'],
        allowedPurposes,
      });
      console.log(`Created ${describe(key)}`);
      console.log('The key, shown only now:');
      console.log(secret);
      return;
    }
    case 'list':
      for (const key of await admin.list(values.org ? { organisationId: values.org } : {}))
        console.log(describe(key));
      return;
    case 'rotate': {
      if (!values.id) fail('rotate needs --id');
      const grace = graceSeconds(values.grace ?? '24h');
      const { key, secret } = await admin.rotate(values.id, grace);
      console.log(`Rotated ${describe(key)}`);
      console.log(`The previous secret keeps working for ${grace} seconds. The new key, shown only now:`);
      console.log(secret);
      return;
    }
    case 'revoke':
      if (!values.id) fail('revoke needs --id');
      console.log(`Revoked ${describe(await admin.revoke(values.id))}`);
      return;
    case 'update': {
      if (!values.id) fail('update needs --id');
      const current = await admin.get(values.id);
      if (!current) fail(`No API key ${values.id}`, 1);
      const apps = values.apps;
      const introspection = values.introspection;
      if (introspection !== undefined && !['yes', 'no'].includes(introspection))
        fail('--introspection is yes or no');
      const updated = await admin.update(current.id, current.version, {
        ...(values.name !== undefined && { name: values.name }),
        ...(values.scopes !== undefined && { scopes: list(values.scopes) as never }),
        ...(values.expires !== undefined && { expiresAt: expiry(values.expires) }),
        ...(apps !== undefined && { apps: apps === 'any' ? null : list(apps) }),
        ...(introspection !== undefined && { mayIntrospect: introspection === 'yes' }),
        ...(values.purposes !== undefined && { allowedPurposes: purposes(values.purposes) }),
      });
      console.log(`Updated ${describe(updated)}`);
      return;
    }
    default:
      fail(command ? `Unknown command ${command}` : 'No command');
  }
}

if (positionals[0] === 'apps') {
  let manifests: ReturnType<typeof loadManifests>;
  try {
    manifests = loadManifests();
  } catch (error) {
    fail((error as Error).message, 1);
  }
  for (const [app, documents] of Object.entries(manifests)) {
    console.log(app);
    for (const [id, text] of Object.entries(documents))
      console.log(`  ${id}  ${operationName(text) ?? '(anonymous)'}`);
  }
  process.exit(0);
}
if (!['create', 'list', 'rotate', 'revoke', 'update'].includes(positionals[0] ?? ''))
  fail(positionals[0] ? `Unknown command ${positionals[0]}` : 'No command');

const connection = await connect();
try {
  console.error(`(through ${connection.via})`);
  await run(connection.admin, positionals[0]);
} catch (error) {
  if (
    error instanceof KeyInputError ||
    error instanceof KeyAdministrationForbidden ||
    error instanceof AdminApiError
  )
    fail(error.message, 1);
  throw error;
} finally {
  await connection.close();
}
