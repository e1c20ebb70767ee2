import { createKeyStore, MUNICIPALITY_ORGANISATION_ID, openGatewayDatabase } from '@mienskip/gateway';
import { SCOPES } from '@mienskip/kit/scopes';

export interface KeyIssuer {
  /** A fresh municipal key with every scope: each its own rate-limit window. */
  issue(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Makes API keys in the gateways' shared key store, reached over the topology's network. */
export async function openKeyIssuer(databaseUrl: string): Promise<KeyIssuer> {
  const database = await openGatewayDatabase({ url: databaseUrl });
  const keys = createKeyStore(database.db, { knownApps: () => [] });
  return {
    issue: async (name) =>
      (
        await keys.create({
          name,
          organisationId: MUNICIPALITY_ORGANISATION_ID,
          organisationKind: 'MUNICIPALITY',
          scopes: SCOPES,
        })
      ).secret,
    close: () => database.close(),
  };
}
