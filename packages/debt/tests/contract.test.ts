import { subgraphContract } from '@mienskip/testing/contract';
import { debt } from '../src/index.ts';

subgraphContract(debt, new URL('..', import.meta.url));
