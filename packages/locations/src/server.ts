import { runSubgraph } from '@mienskip/kit';
import { locations } from './index.ts';

await runSubgraph(locations);
