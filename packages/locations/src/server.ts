import { runSubgraph } from '@mienskip/kit/server';
import { locations } from './index.ts';

await runSubgraph(locations);
