import { runSubgraph } from '@mienskip/kit';
import { clients } from './index.ts';

await runSubgraph(clients);
