import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Service {
  name: string;
  /** Package directory, relative to the repository root. */
  dir: string;
  entry: string;
  port: number;
}

/** Every process of the local stack. Ports: gateway 4000, then one per subgraph. */
export const SUBGRAPH_SERVICES: readonly Service[] = [
  { name: 'budget', dir: 'packages/budget', entry: 'src/server.ts', port: 4002 },
  { name: 'locations', dir: 'packages/locations', entry: 'src/server.ts', port: 4003 },
];

export const GATEWAY_SERVICE: Service = {
  name: 'gateway',
  dir: 'apps/gateway',
  entry: 'src/server.ts',
  port: 4000,
};
