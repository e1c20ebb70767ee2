export { type GatewayOptions, type RunningGateway, startGateway } from './app.ts';
export { composeSupergraph } from './compose.ts';
export { openGatewayDatabase } from './database.ts';
export { ensureDevelopmentKey, MUNICIPALITY_ORGANISATION_ID } from './dev-key.ts';
export { createKeyStore, KeyRefused, type KeyStore } from './keys/store.ts';
export { LIMITS } from './limits.ts';
export { ownerFile, storeOwner } from './store-owner.ts';
