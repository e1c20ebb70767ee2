import { subgraphContract } from '@mienskip/testing/contract';
import { clients } from '../src/index.ts';

subgraphContract(clients, new URL('..', import.meta.url));
