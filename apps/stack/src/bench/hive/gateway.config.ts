/**
 * Hive Gateway's configuration for the bench's side-by-side (issue 19): its default settings, plus
 * the internal token our subgraphs require, signed with the key Mienskip's gateway signs with, one
 * token per subgraph call with that subgraph as audience — as `apps/gateway/src/subgraph-calls.ts`
 * does. The private key comes in MIENSKIP_TOKEN_PRIVATE_JWK, as for Mienskip's gateway.
 */
import { defineConfig } from '@graphql-hive/gateway';
import { createTokenSigner, PRIVATE_KEY_ENV, TOKEN_HEADER } from '@mienskip/kit/token';
import { HIVE_CALLER } from './caller.ts';

const privateJwk = process.env[PRIVATE_KEY_ENV];
if (!privateJwk) throw new Error(`${PRIVATE_KEY_ENV} must hold the gateway's private signing key`);
const signer = await createTokenSigner(JSON.parse(privateJwk));

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: async ({ subgraphName }) => ({
      [TOKEN_HEADER]: await signer.sign(HIVE_CALLER, subgraphName),
    }),
  },
});
