import { runSubgraph } from '@mienskip/kit';
import { budget } from './index.ts';

await runSubgraph(budget);
