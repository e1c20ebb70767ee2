import { runSubgraph } from '@mienskip/kit/server';
import { youth } from './index.ts';

await runSubgraph(youth);
