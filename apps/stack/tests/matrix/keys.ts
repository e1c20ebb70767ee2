import type { OrganisationKind } from '@mienskip/kit/rules';
import { SCOPED_DOMAINS, type Scope } from '@mienskip/kit/scopes';
import type { CallerOptions } from '@mienskip/testing';
import type { TestGraph } from '../graph.ts';
import { keysCli } from '../keys-cli.ts';

/** The columns of the matrix that read: each key kind is asserted on every field. */
export const READING_KINDS = ['municipal', 'provider', 'analyst', 'council'] as const;
export type ReadingKind = (typeof READING_KINDS)[number];
/** Keys the gateway refuses before any subgraph is called (HTTP 401). */
export const REFUSED_KINDS = ['revoked', 'expired'] as const;
export type RefusedKind = (typeof REFUSED_KINDS)[number];

export const MUNICIPALITY = 'org-gemeente-leeuwarden';
/** The two providers of the matrix: each key's own rows are the other's "another organisation". */
export const WINDKRACHT = 'org-windkracht058';
export const AMARYLLIS = 'org-amaryllis';
export type ProviderId = typeof WINDKRACHT | typeof AMARYLLIS;
export const otherProvider = (id: ProviderId): ProviderId => (id === WINDKRACHT ? AMARYLLIS : WINDKRACHT);

const READS = SCOPED_DOMAINS.map((name) => `${name}:read` as Scope);

/** Who a key is: what the gateway signs into the internal token, and so what `signTestToken` needs. */
export interface KeyIdentity {
  organisationId: string;
  organisationKind: OrganisationKind;
  scopes: readonly Scope[];
}

export const IDENTITIES = {
  /** All scopes: the baseline that sees every row. */
  municipal: {
    organisationId: MUNICIPALITY,
    organisationKind: 'MUNICIPALITY',
    scopes: [
      ...READS,
      ...SCOPED_DOMAINS.map((name) => `${name}:write` as Scope),
      'personal-data',
      'statistics',
      'audit',
    ],
  },
  /** A provider reading everything it may: its own rows only. */
  provider: {
    organisationId: WINDKRACHT,
    organisationKind: 'PROVIDER',
    scopes: [...READS, 'personal-data', 'statistics'],
  },
  /** The municipality's analyst: every read and statistics, no personal data. */
  analyst: {
    organisationId: MUNICIPALITY,
    organisationKind: 'MUNICIPALITY',
    scopes: [...READS, 'statistics'],
  },
  /** Council reporting: statistics only. */
  council: { organisationId: MUNICIPALITY, organisationKind: 'MUNICIPALITY', scopes: ['statistics'] },
} satisfies Record<ReadingKind, KeyIdentity>;

/**
 * The JET (a municipal team): not a column of the matrix, but asked beside it by the youth rows, whose
 * sight of households comes from youth's `YouthCaseload` through clients.
 */
export const JET_IDENTITY: KeyIdentity = {
  organisationId: 'org-jet',
  organisationKind: 'MUNICIPAL_TEAM',
  scopes: ['clients:read', 'youth:read', 'locations:read', 'personal-data'],
};

/** The third party of debt assistance the matrix asks beside its columns (budget seeds it as a PARTNER). */
export const THIRD_PARTY = 'org-curatieve-schuldhulp';

/**
 * A third party of debt assistance (curative debt help): not a column of the matrix, but asked beside it
 * by the debt rows. It sees only the debt cases referred to it, and (through debt's `DebtCaseload` in
 * clients) the households and clients of the open ones.
 */
export const THIRD_PARTY_IDENTITY: KeyIdentity = {
  organisationId: THIRD_PARTY,
  organisationKind: 'PARTNER',
  scopes: ['clients:read', 'debt:read', 'personal-data'],
};

/** The same provider scopes for the other provider. */
export const providerIdentity = (organisationId: ProviderId): KeyIdentity => ({
  ...IDENTITIES.provider,
  organisationId,
});

/** A signed internal token's caller for a key identity, for calling a subgraph's `_entities` directly. */
export const callerOf = (identity: KeyIdentity, keyId: string): CallerOptions => ({
  keyId,
  organisationId: identity.organisationId,
  organisationKind: identity.organisationKind,
  scopes: identity.scopes,
});

export interface MatrixKey {
  kind: ReadingKind | RefusedKind | 'jet' | 'thirdParty';
  /** The organisation whose rows are "own" (providers), the municipality otherwise. */
  identity: KeyIdentity;
  secret: string;
}

export interface MatrixKeys {
  municipal: MatrixKey;
  /** One provider key per provider of the matrix; the `provider` column runs with each. */
  providers: Record<ProviderId, MatrixKey>;
  analyst: MatrixKey;
  council: MatrixKey;
  revoked: MatrixKey;
  expired: MatrixKey;
  /** The first provider with write scopes, for mutations aimed at another organisation's rows. */
  providerWriter: MatrixKey;
  /** The JET's key (`JET_IDENTITY`), made with the keys CLI, its kind looked up: MUNICIPAL_TEAM. */
  jet: MatrixKey;
  /** The curative debt-help organisation's key (`THIRD_PARTY_IDENTITY`), made with the keys CLI: PARTNER. */
  thirdParty: MatrixKey;
}

export const WRITER_IDENTITY: KeyIdentity = {
  ...IDENTITIES.provider,
  scopes: [...IDENTITIES.provider.scopes, ...SCOPED_DOMAINS.map((name) => `${name}:write` as Scope)],
};

/**
 * A provider key as a partner gets it: made with the keys CLI (`pnpm keys create`) through the
 * running gateway's admin API, the organisation's kind looked up in the graph.
 */
async function createWithCli(
  graph: TestGraph,
  identity: KeyIdentity,
  kind: MatrixKey['kind'] = 'provider',
): Promise<MatrixKey> {
  const { lastLine: secret } = await keysCli(
    [
      'create',
      '--org',
      identity.organisationId,
      '--name',
      `matrix ${kind} ${identity.organisationId}`,
      '--scopes',
      identity.scopes.join(','),
    ],
    { MIENSKIP_GATEWAY_URL: graph.gateway.url, MIENSKIP_ADMIN_KEY: graph.gateway.municipalKey },
  );
  return { kind, identity, secret };
}

/**
 * Every key of the matrix: the providers' with the keys CLI, the others through the gateway's key
 * store (`create` and `revoke` only; the admin API refuses an expiry in the past). The revoked and
 * expired keys carry every scope, so their 401 is the key's state and nothing else.
 */
export async function createMatrixKeys(graph: TestGraph): Promise<MatrixKeys> {
  const create = async (kind: MatrixKey['kind'], identity: KeyIdentity, expiresAt?: Date) => {
    const { id, secret } = await graph.gateway.keys.create({
      name: `matrix ${kind} ${identity.organisationId}`,
      organisationId: identity.organisationId,
      organisationKind: identity.organisationKind,
      scopes: [...identity.scopes],
      ...(expiresAt && { expiresAt }),
    });
    return { id, key: { kind, identity, secret } satisfies MatrixKey };
  };
  const [municipal, windkracht, amaryllis, analyst, council, revoked, expired, writer, jet, thirdParty] =
    await Promise.all([
      create('municipal', IDENTITIES.municipal),
      createWithCli(graph, providerIdentity(WINDKRACHT)),
      createWithCli(graph, providerIdentity(AMARYLLIS)),
      create('analyst', IDENTITIES.analyst),
      create('council', IDENTITIES.council),
      create('revoked', IDENTITIES.municipal),
      create('expired', IDENTITIES.municipal, new Date(Date.now() - 60_000)),
      create('provider', WRITER_IDENTITY),
      createWithCli(graph, JET_IDENTITY, 'jet'),
      createWithCli(graph, THIRD_PARTY_IDENTITY, 'thirdParty'),
    ]);
  await graph.gateway.keys.revoke(revoked.id);
  return {
    municipal: municipal.key,
    providers: { [WINDKRACHT]: windkracht, [AMARYLLIS]: amaryllis } as Record<ProviderId, MatrixKey>,
    analyst: analyst.key,
    council: council.key,
    revoked: revoked.key,
    expired: expired.key,
    providerWriter: writer.key,
    jet,
    thirdParty,
  };
}
