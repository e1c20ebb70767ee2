import { fileURLToPath } from 'node:url';
import { ACCESS_LOG_SERVICE, GATEWAY, SUBGRAPHS } from '@mienskip/kit/catalogue';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A process of the local stack. */
export interface Service {
  name: string;
  /** Package directory, relative to the repository root. */
  dir: string;
  entry: string;
  port: number;
}

/** Every subgraph of the catalogue of services, each started from its package's `src/server.ts`. */
export function subgraphServices(
  subgraphs: readonly { name: string; dir: string; port: number }[] = SUBGRAPHS,
) {
  return subgraphs.map(({ name, dir, port }): Service => ({ name, dir, entry: 'src/server.ts', port }));
}

export const SUBGRAPH_SERVICES: readonly Service[] = subgraphServices();

export const GATEWAY_SERVICE: Service = { ...GATEWAY, entry: 'src/server.ts' };

/** The access log's `/entries`: every subgraph gets it as `MIENSKIP_ACCESS_LOG_URL`. */
export function accessLogUrl(services: readonly Service[]): string {
  const audit = services.find((service) => service.name === ACCESS_LOG_SERVICE);
  if (!audit) throw new Error('The stack has no access-log service');
  return `http://127.0.0.1:${audit.port}/entries`;
}
