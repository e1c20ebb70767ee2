// `pnpm compose`: writes the supergraph (loaded by the gateway) and the public API schema.
import { writeFileSync } from 'node:fs';
import { API_SCHEMA_FILE, composeSupergraph, SUPERGRAPH_FILE } from '../src/compose.ts';

const { supergraphSdl, apiSdl } = composeSupergraph();
writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
writeFileSync(API_SCHEMA_FILE, apiSdl);
console.log(`Wrote ${SUPERGRAPH_FILE.pathname} and ${API_SCHEMA_FILE.pathname}`);
