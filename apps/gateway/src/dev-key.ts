import { SCOPES } from '@mienskip/kit';
import type { KeyStore } from './keys/store.ts';

/** The municipality's own organisation id (budget seeds it); the development key belongs to it. */
export const MUNICIPALITY_ORGANISATION_ID = 'org-gemeente-leeuwarden';

/** Makes sure the development key exists: a municipal key with every scope and no expiry. */
export function ensureDevelopmentKey(keys: KeyStore, secret: string): Promise<string> {
  return keys.ensure({
    name: 'development',
    organisationId: MUNICIPALITY_ORGANISATION_ID,
    organisationKind: 'MUNICIPALITY',
    scopes: SCOPES,
    secret,
  });
}
