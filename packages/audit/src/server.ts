import { runSubgraph } from '@mienskip/kit/server';
import { audit } from './index.ts';

await runSubgraph(audit);
