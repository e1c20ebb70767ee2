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
  { name: 'audit', dir: 'packages/audit', entry: 'src/server.ts', port: 4008 },
  { name: 'clients', dir: 'packages/clients', entry: 'src/server.ts', port: 4001 },
  { name: 'budget', dir: 'packages/budget', entry: 'src/server.ts', port: 4002 },
  { name: 'locations', dir: 'packages/locations', entry: 'src/server.ts', port: 4003 },
];

export const GATEWAY_SERVICE: Service = {
  name: 'gateway',
  dir: 'apps/gateway',
  entry: 'src/server.ts',
  port: 4000,
};

/** The access log's owner; every subgraph gets `MIENSKIP_ACCESS_LOG_URL` pointing at its `/entries`. */
export const AUDIT_SERVICE_NAME = 'audit';

export function accessLogUrl(services: readonly Service[]): string {
  const audit = services.find((service) => service.name === AUDIT_SERVICE_NAME);
  if (!audit) throw new Error('The stack has no audit service');
  return `http://127.0.0.1:${audit.port}/entries`;
}
