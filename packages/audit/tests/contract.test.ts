import { subgraphContract } from '@mienskip/testing/contract';
import { audit } from '../src/index.ts';

subgraphContract(audit, new URL('..', import.meta.url));
