import type { Caller } from '@mienskip/kit/rules';

/** A provider's caller reading clients' personal data, as the sharing and access-log tests use it. */
export const PROVIDER_CALLER: Caller = {
  keyId: 'key-1',
  organisationId: 'org-1',
  organisationKind: 'PROVIDER',
  scopes: new Set(['clients:read', 'personal-data']),
  requestId: 'req-1',
  purpose: 'TOELEIDING',
  allowedPurposes: new Set(['TOELEIDING', 'BEKOSTIGING']),
};
