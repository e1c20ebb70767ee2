import { runSubgraph } from '@mienskip/kit/server';
import { __name__ } from './index.ts';

await runSubgraph(__name__);
