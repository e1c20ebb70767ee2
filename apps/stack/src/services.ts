import { fileURLToPath } from 'node:url';
import { GATEWAY, type ServiceEntry } from '@mienskip/kit/catalogue';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A process of the local stack. */
export interface Service {
  name: string;
  /** Package directory, relative to the repository root. */
  dir: string;
  entry: string;
  port: number;
  /** Options for node before the entry (the catalogue's `nodeArgs`). */
  nodeArgs: readonly string[];
}

/** Every service of the catalogue starts from its package's `src/server.ts`. */
export function serviceOf({ name, dir, port, nodeArgs = [] }: ServiceEntry, portOffset = 0): Service {
  return { name, dir, entry: 'src/server.ts', port: port + portOffset, nodeArgs };
}

export const GATEWAY_SERVICE: Service = serviceOf(GATEWAY);
