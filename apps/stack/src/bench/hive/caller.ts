import type { Caller } from '@mienskip/kit/rules';
import { SCOPES } from '@mienskip/kit/scopes';

/**
 * Whom Hive Gateway's subgraph calls speak for: the municipality with every scope, as the bench's
 * development key does through Mienskip's gateway. Hive knows no API keys, so the caller is fixed.
 */
export const HIVE_CALLER: Caller = {
  keyId: 'bench-hive-gateway',
  organisationId: 'org-gemeente-leeuwarden',
  organisationKind: 'MUNICIPALITY',
  scopes: new Set(SCOPES),
  requestId: 'bench-hive-gateway',
};

/** Each subgraph's GraphQL URL by name (JSON), for Hive Gateway's configuration. */
export const SUBGRAPH_URLS_ENV = 'MIENSKIP_BENCH_SUBGRAPH_URLS';
