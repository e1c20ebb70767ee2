import {
  isJeugdwetPurpose,
  isOrganisationKind,
  type JeugdwetPurpose,
  type OrganisationKind,
} from '@mienskip/kit/rules';
import type { ApiKeyRow, ApiKeySecretRow } from '../db/tables.ts';

export interface ApiKeySecretView {
  prefix: string | null;
  createdAt: Date;
  /** Set once a rotation replaced it: it works until then. */
  retiresAt: Date | null;
  lastUsedAt: Date | null;
}

/** A key as administrators see it: everything but secrets and hashes. */
export interface ApiKeyView extends Omit<ApiKeyRow, 'organisationKind' | 'allowedPurposes'> {
  organisationKind: OrganisationKind | null;
  /** The Jeugdwet purposes the key is limited to; null for a key that is not limited. */
  allowedPurposes: JeugdwetPurpose[] | null;
  /** The public prefix of the current secret. */
  prefix: string | null;
  lastUsedAt: Date | null;
  /** Current secret first, then those a rotation replaced, newest first. */
  secrets: ApiKeySecretView[];
}

/**
 * The stored purpose limit: null stays not limited; a code the graph does not know is dropped, so
 * that the key stays limited to the others (to none, if none is left), never more than it was.
 */
export function knownPurposes(stored: readonly string[] | null): JeugdwetPurpose[] | null {
  return stored === null ? null : stored.filter(isJeugdwetPurpose);
}

/** A stored kind the graph no longer knows reads as unknown, to be looked up again. */
export function knownKind(stored: string | null): OrganisationKind | null {
  return stored && isOrganisationKind(stored) ? stored : null;
}

export function keyView(row: ApiKeyRow, secrets: readonly ApiKeySecretRow[]): ApiKeyView {
  const ordered = [...secrets].sort(
    (a, b) => Number(a.retiresAt !== null) - Number(b.retiresAt !== null) || +b.createdAt - +a.createdAt,
  );
  const used = secrets.map((s) => s.lastUsedAt).filter((d): d is Date => d !== null);
  return {
    ...row,
    organisationKind: knownKind(row.organisationKind),
    allowedPurposes: knownPurposes(row.allowedPurposes),
    prefix: ordered[0]?.prefix ?? null,
    lastUsedAt: used.length ? new Date(Math.max(...used.map(Number))) : null,
    secrets: ordered.map(({ prefix, createdAt, retiresAt, lastUsedAt }) => ({
      prefix,
      createdAt,
      retiresAt,
      lastUsedAt,
    })),
  };
}
