/**
 * Hive Gateway's configuration for the bench's side-by-side (issue 19): its default settings, plus
 * the internal token our subgraphs require, signed with the key Mienskip's gateway signs with, one
 * token per subgraph fetch with that subgraph as audience — as `apps/gateway/src/subgraph-calls.ts`
 * does. The private key comes in MIENSKIP_TOKEN_PRIVATE_JWK, as for Mienskip's gateway; which URL is
 * which subgraph in SUBGRAPH_URLS_ENV.
 */
import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import { createTokenSigner, PRIVATE_KEY_ENV, REQUEST_ID_HEADER, TOKEN_HEADER } from '@mienskip/kit/token';
import { HIVE_CALLER, SUBGRAPH_URLS_ENV } from './caller.ts';

const privateJwk = process.env[PRIVATE_KEY_ENV];
if (!privateJwk) throw new Error(`${PRIVATE_KEY_ENV} must hold the gateway's private signing key`);
const signer = await createTokenSigner(JSON.parse(privateJwk));
const subgraphOf = new Map(
  Object.entries(JSON.parse(process.env[SUBGRAPH_URLS_ENV] ?? '{}') as Record<string, string>).map(
    ([name, url]) => [url, name],
  ),
);
if (subgraphOf.size === 0) throw new Error(`${SUBGRAPH_URLS_ENV} must name each subgraph's URL`);

/** Signs each fetch to a subgraph for that subgraph; a fetch elsewhere is a mistake of the bench. */
const signSubgraphFetches: GatewayPlugin = {
  async onFetch({ url, options, setOptions }) {
    const subgraph = subgraphOf.get(url);
    if (!subgraph) throw new Error(`Hive Gateway fetched ${url}, which is no subgraph of the bench`);
    setOptions({
      ...options,
      headers: {
        ...options.headers,
        [TOKEN_HEADER]: await signer.sign(HIVE_CALLER, subgraph),
        // The token names no request (issue 19): its id travels beside it, as the gateway sends it.
        [REQUEST_ID_HEADER]: HIVE_CALLER.requestId,
      },
    });
  },
};

export const gatewayConfig = defineConfig({ plugins: () => [signSubgraphFetches] });
