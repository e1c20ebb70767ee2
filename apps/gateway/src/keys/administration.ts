import type { OrganisationKind } from '@mienskip/kit/rules';
import type { Scope } from '@mienskip/kit/scopes';
import {
  checkExpiry,
  checkGrantable,
  checkNothingCleared,
  checkPurposesGrantable,
  KeyAdministrationForbidden,
  type KeyAdministrator,
  mayManage,
} from './administration-rules.ts';
import { KeyInputError } from './errors.ts';
import type { OrganisationKindLookup } from './organisation-kind.ts';
import type { ApiKeyChanges, KeyStore } from './store.ts';
import type { ApiKeyView } from './view.ts';

export interface CreateKeyInput {
  organisationId: string;
  name: string;
  scopes: readonly string[];
  expiresAt?: Date | null;
  /** The apps whose persisted documents are the only operations the key may run; absent or null for any. */
  apps?: readonly string[] | null;
  mayIntrospect?: boolean;
  /** The Jeugdwet purposes the key is limited to; absent or null for a key that is not limited. */
  allowedPurposes?: readonly string[] | null;
}

export interface NewKeySecret {
  key: ApiKeyView;
  /** Shown this once; only its hash is kept. */
  secret: string;
}

/** What the CLI and the admin API both offer; the CLI talks to a running gateway through the same shape. */
export interface KeyAdministration {
  list(filter?: { organisationId?: string }): Promise<ApiKeyView[]>;
  get(id: string): Promise<ApiKeyView | undefined>;
  create(input: CreateKeyInput): Promise<NewKeySecret>;
  update(id: string, version: number, changes: ApiKeyChanges): Promise<ApiKeyView>;
  rotate(id: string, graceSeconds: number): Promise<NewKeySecret>;
  revoke(id: string): Promise<ApiKeyView>;
}

/**
 * Key administration with its rules (`administration-rules.ts`): a municipal administrator manages
 * every key; any other manages only its own organisation's keys; nobody grants a scope they do not
 * hold, nor a Jeugdwet purpose their own key is not limited to. A new key's organisation must exist
 * in the graph when `organisationKind` can ask it; without (the CLI while the graph is down) its kind
 * is looked up at the key's first use.
 */
export function administerKeys(
  keys: KeyStore,
  administrator: KeyAdministrator,
  organisationKind?: OrganisationKindLookup,
): KeyAdministration {
  const manages = (organisationId: string) => mayManage(administrator, organisationId);

  async function managed(id: string): Promise<ApiKeyView> {
    const key = await keys.get(id);
    // Another organisation's key is answered as absent: its existence is not this administrator's business.
    if (!key || !manages(key.organisationId)) throw new KeyInputError('NOT_FOUND', `No API key ${id}`);
    return key;
  }

  return {
    async list(filter = {}) {
      if (filter.organisationId && !manages(filter.organisationId)) return [];
      const municipal = administrator.organisationKind === 'MUNICIPALITY';
      return keys.list({ organisationId: municipal ? filter.organisationId : administrator.organisationId });
    },

    async get(id) {
      const key = await keys.get(id);
      return key && manages(key.organisationId) ? key : undefined;
    },

    async create(input) {
      if (!manages(input.organisationId))
        throw new KeyAdministrationForbidden('You can create keys for your own organisation only');
      checkGrantable(administrator, input.scopes);
      checkPurposesGrantable(administrator, input.allowedPurposes);
      checkExpiry(input.expiresAt, new Date());
      let kind: OrganisationKind | null = null;
      if (organisationKind) {
        kind = (await organisationKind(input.organisationId)) ?? null;
        if (!kind)
          throw new KeyInputError('BAD_USER_INPUT', `No organisation ${input.organisationId} in the graph`);
      }
      const { id, secret } = await keys.create({
        ...input,
        scopes: input.scopes as Scope[],
        organisationKind: kind,
      });
      return { key: (await keys.get(id))!, secret };
    },

    async update(id, version, changes) {
      await managed(id);
      checkNothingCleared(changes);
      if (changes.scopes) checkGrantable(administrator, changes.scopes);
      if (changes.allowedPurposes !== undefined)
        checkPurposesGrantable(administrator, changes.allowedPurposes);
      checkExpiry(changes.expiresAt, new Date());
      return keys.update(id, version, changes);
    },

    async rotate(id, graceSeconds) {
      await managed(id);
      const { secret } = await keys.rotate(id, graceSeconds * 1000);
      return { key: (await keys.get(id))!, secret };
    },

    async revoke(id) {
      await managed(id);
      return (await keys.revoke(id))!;
    },
  };
}
