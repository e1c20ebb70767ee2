import { SCOPES } from '@mienskip/kit/scopes';
import { keyPrefix } from './keys/secrets.ts';
import type { KeyStore } from './keys/store.ts';

/** The municipality's own organisation id (budget seeds it); the development key belongs to it. */
export const MUNICIPALITY_ORGANISATION_ID = 'org-gemeente-leeuwarden';

const NAME = 'development';

/**
 * Makes sure the development key exists (a municipal key with every scope and no expiry) and that
 * no earlier development key still works.
 */
export async function ensureDevelopmentKey(keys: KeyStore, secret: string): Promise<string> {
  if (!keyPrefix(secret))
    throw new Error('MIENSKIP_DEV_API_KEY must start with msk_ and have at least 32 characters');
  const id = await keys.ensure({
    name: NAME,
    organisationId: MUNICIPALITY_ORGANISATION_ID,
    organisationKind: 'MUNICIPALITY',
    scopes: SCOPES,
    secret,
  });
  await keys.revokeOthersNamed(NAME, id);
  return id;
}

/** GraphiQL may carry the development key only when nobody but this machine can load the page. */
export function isLoopback(host: string): boolean {
  return ['127.0.0.1', 'localhost', '::1'].includes(host);
}
