// Writes the subgraph's SDL to schema.graphql, the file `pnpm compose` reads.
import { writeFileSync } from 'node:fs';
import { printSubgraphSdl } from '@mienskip/kit/schema';
import { schema } from '../src/schema/index.ts';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSubgraphSdl(schema));
