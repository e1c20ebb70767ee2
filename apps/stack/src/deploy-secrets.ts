/**
 * Fresh secrets for `compose.yaml`: the gateway's signing key and the public key set the subgraphs
 * trust, each subgraph's own look-up key, and the database passwords, as one `.env` file that Docker
 * Compose reads (`pnpm deploy-env > .env`).
 */
import { randomBytes } from 'node:crypto';
import { SUBGRAPHS } from '@mienskip/kit/catalogue';
import {
  generateKeyMaterial,
  generateServiceKeyMaterial,
  PRIVATE_KEY_ENV,
  PUBLIC_KEYS_ENV,
  trustedKeySet,
} from '@mienskip/kit/token';

/** The compose variable holding one subgraph's `MIENSKIP_SERVICE_PRIVATE_JWK`. */
export const serviceKeyVariable = (name: string) => `MIENSKIP_${name.toUpperCase()}_SERVICE_PRIVATE_JWK`;

/** Every variable `compose.yaml` requires from `.env`, with fresh values. */
export async function deployEnv(): Promise<Record<string, string>> {
  const gateway = await generateKeyMaterial();
  const services = await Promise.all(SUBGRAPHS.map(({ name }) => generateServiceKeyMaterial(name)));
  const password = () => randomBytes(24).toString('hex');
  return {
    [PRIVATE_KEY_ENV]: JSON.stringify(gateway.privateJwk),
    [PUBLIC_KEYS_ENV]: JSON.stringify(trustedKeySet(gateway.publicJwks, services)),
    ...Object.fromEntries(
      SUBGRAPHS.map(({ name }, index) => [
        serviceKeyVariable(name),
        JSON.stringify(services[index]!.privateJwk),
      ]),
    ),
    POSTGRES_PASSWORD: password(),
    MIENSKIP_DB_OWNER_PASSWORD: password(),
    MIENSKIP_DB_RUNTIME_PASSWORD: password(),
  };
}

/** The `.env` text: JSON in single quotes, which Compose takes literally. */
export function envFile(variables: Record<string, string>): string {
  const lines = Object.entries(variables).map(([name, value]) => `${name}='${value}'`);
  return `# Made by pnpm deploy-env on ${new Date().toISOString()}: secrets, keep out of version control.\n${lines.join('\n')}\n`;
}
