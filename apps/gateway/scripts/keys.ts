// `pnpm --filter @mienskip/gateway keys <create|list|revoke|operations> …`: manage API keys in the gateway's store.
// Uses the same database as the gateway (DATABASE_URL, or PGLITE_DATA_DIR / .data/gateway); stop a
// gateway running on PGlite first, as PGlite takes one process at a time.
import { parseArgs } from 'node:util';
import { isOrganisationKind, isScope, SCOPES } from '@mienskip/kit';
import { openGatewayDatabase } from '../src/database.ts';
import { createKeyStore } from '../src/keys/store.ts';
import { loadOperationFiles, type OperationFile } from '../src/trusted-documents.ts';

const USAGE = `Usage:
  keys create --name NAME --organisation ORG_ID --kind MUNICIPALITY|PROVIDER|VOLUNTEER_ORGANISATION|PARTNER
              --scopes scope,scope,… [--expires YYYY-MM-DD]
              [--trusted-operations DIR_OR_FILE,…]
  keys list
  keys revoke --id KEY_ID
  keys operations DIR_OR_FILE…

--trusted-operations restricts the key to the operations in these .graphql files (one named operation
per file; directories are searched recursively): any other operation is refused (HTTP 403,
OPERATION_NOT_TRUSTED). A client sends each file's text unchanged. "operations" prints each file,
its operation's name and its hash (SHA-256 hex of the whole file), without opening the database.

Scopes: ${SCOPES.join(', ')}`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    organisation: { type: 'string' },
    kind: { type: 'string' },
    scopes: { type: 'string' },
    expires: { type: 'string' },
    id: { type: 'string' },
    'trusted-operations': { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function operationFiles(paths: string[]): OperationFile[] {
  try {
    return loadOperationFiles(...paths);
  } catch (error) {
    fail((error as Error).message);
  }
}

if (positionals[0] === 'operations') {
  if (positionals.length < 2) fail('operations needs one or more directories or files');
  for (const { file, name, hash } of operationFiles(positionals.slice(1)))
    console.log(`${file}  ${name}  ${hash}`);
  process.exit(0);
}

const url = process.env.DATABASE_URL || undefined;
const database = await openGatewayDatabase({
  url,
  dataDir: url ? undefined : (process.env.PGLITE_DATA_DIR ?? '../../.data/gateway'),
});
const keys = createKeyStore(database.db);
try {
  switch (positionals[0]) {
    case 'create': {
      const { name, organisation, kind, scopes, expires } = values;
      if (!name || !organisation || !kind || !scopes)
        fail('create needs --name, --organisation, --kind and --scopes');
      if (!isOrganisationKind(kind)) fail(`Unknown organisation kind ${kind}`);
      const list = scopes.split(',').map((s) => s.trim());
      const unknown = list.filter((s) => !isScope(s));
      if (unknown.length) fail(`Unknown scopes: ${unknown.join(', ')}`);
      const expiresAt = expires ? new Date(`${expires}T00:00:00Z`) : null;
      if (expiresAt && Number.isNaN(expiresAt.getTime())) fail('--expires must be YYYY-MM-DD');
      const trusted = values['trusted-operations'];
      const operations = trusted
        ? operationFiles(
            trusted
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          )
        : null;
      const { id, secret } = await keys.create({
        name,
        organisationId: organisation,
        organisationKind: kind,
        scopes: list.filter(isScope),
        expiresAt,
        trustedOperations: operations?.map((operation) => operation.hash) ?? null,
      });
      console.log(`Created ${id}. The key, shown only now:\n\n  ${secret}\n`);
      if (operations) {
        console.log(`It may run only these ${operations.length} operations:`);
        for (const { file, name, hash } of operations) console.log(`  ${file}  ${name}  ${hash}`);
      }
      break;
    }
    case 'list':
      for (const key of await keys.list()) {
        const state = key.revokedAt
          ? `revoked ${key.revokedAt.toISOString()}`
          : key.expiresAt
            ? `expires ${key.expiresAt.toISOString()}`
            : 'active';
        const operations = key.trustedOperations
          ? `  trusted operations only (${key.trustedOperations.length})`
          : '';
        console.log(
          `${key.id}  ${key.name}  ${key.organisationId} (${key.organisationKind})  [${key.scopes.join(', ')}]  ${state}${operations}`,
        );
      }
      break;
    case 'revoke':
      if (!values.id) fail('revoke needs --id');
      console.log((await keys.revoke(values.id)) ? `Revoked ${values.id}` : `No key ${values.id}`);
      break;
    default:
      fail(positionals[0] ? `Unknown command ${positionals[0]}` : 'No command');
  }
} finally {
  await database.close();
}
