import { subgraphContract } from '@mienskip/testing/contract';
import { budget } from '../src/index.ts';

subgraphContract(budget, new URL('..', import.meta.url));
