import { subgraphContract } from '@mienskip/testing/contract';
import { locations } from '../src/index.ts';

subgraphContract(locations, new URL('..', import.meta.url));
