import { runSubgraph } from '@mienskip/kit/server';
import { clients } from './index.ts';

await runSubgraph(clients);
