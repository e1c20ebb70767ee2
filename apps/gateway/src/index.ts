export { type GatewayOptions, type RunningGateway, startGateway } from './app.ts';
export { composeSupergraph } from './compose.ts';
export { openGatewayDatabase } from './database.ts';
export { ensureDevelopmentKey, MUNICIPALITY_ORGANISATION_ID } from './dev-key.ts';
export { KeyRefused } from './keys/errors.ts';
export { createKeyStore, type KeyStore } from './keys/store.ts';
export { ownerFile, storeOwner } from './keys/store-owner.ts';
export { LIMITS } from './query-limits.ts';
export { loadManifests, PersistedDocuments } from './trusted-documents/manifests.ts';
