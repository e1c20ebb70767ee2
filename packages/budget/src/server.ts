import { runSubgraph } from '@mienskip/kit/server';
import { budget } from './index.ts';

await runSubgraph(budget);
