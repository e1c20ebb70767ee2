import { subgraphContract } from '@mienskip/testing/contract';
import { __name__ } from '../src/index.ts';

subgraphContract(__name__, new URL('..', import.meta.url));
