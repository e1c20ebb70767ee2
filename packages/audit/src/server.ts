import { runSubgraph } from '@mienskip/kit';
import { audit } from './index.ts';

await runSubgraph(audit);
