import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateKeyMaterial,
  generateServiceKeyMaterial,
  type KeyMaterial,
  rotateKeyMaterial,
} from '@mienskip/kit/token';

/**
 * Local key material, made on first start and kept (git-ignored) in the data directory so that
 * restarts keep the same development key.
 */
export async function localKeyMaterial(dataDir: string): Promise<KeyMaterial> {
  const file = join(dataDir, 'token-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyMaterial;
  const material = await generateKeyMaterial();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(material, null, 2), { mode: 0o600 });
  return material;
}

/**
 * Rotates the local signing key: a new private key for the gateway, and a public key set holding the
 * new and the previous key for the subgraphs. Returns the kids, newest first.
 */
export async function rotateLocalKeyMaterial(dataDir: string): Promise<string[]> {
  const rotated = await rotateKeyMaterial(await localKeyMaterial(dataDir));
  writeFileSync(join(dataDir, 'token-keys.json'), JSON.stringify(rotated, null, 2), { mode: 0o600 });
  return rotated.publicJwks.keys.map((key) => String(key.kid));
}

/**
 * Each subgraph's own signing key for its look-ups of other subgraphs' facts, made on first start
 * (and for a subgraph added to the catalogue later) and kept beside the gateway's. Rotating the
 * gateway's key leaves them as they are.
 */
export async function localServiceKeys(
  dataDir: string,
  services: readonly string[],
): Promise<Record<string, KeyMaterial>> {
  const file = join(dataDir, 'service-keys.json');
  const kept: Record<string, KeyMaterial> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const missing = services.filter((name) => !kept[name]);
  for (const name of missing) kept[name] = await generateServiceKeyMaterial(name);
  if (missing.length > 0) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(services.map((name) => [name, kept[name]!]));
}

/** `MIENSKIP_DEV_API_KEY` when set, else a key made once and kept in the data directory. */
export function localDevelopmentKey(dataDir: string, env: NodeJS.ProcessEnv): string {
  if (env.MIENSKIP_DEV_API_KEY) return env.MIENSKIP_DEV_API_KEY;
  const file = join(dataDir, 'dev-api-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = `msk_dev_${randomBytes(24).toString('base64url')}`;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
