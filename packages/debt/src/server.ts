import { runSubgraph } from '@mienskip/kit/server';
import { debt } from './index.ts';

await runSubgraph(debt);
