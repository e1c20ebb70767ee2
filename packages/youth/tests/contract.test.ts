import { subgraphContract } from '@mienskip/testing/contract';
import { youth } from '../src/index.ts';

subgraphContract(youth, new URL('..', import.meta.url));
