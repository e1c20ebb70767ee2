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
}

/** Every service of the catalogue starts from its package's `src/server.ts`. */
export function serviceOf({ name, dir, port }: ServiceEntry, portOffset = 0): Service {
  return { name, dir, entry: 'src/server.ts', port: port + portOffset };
}

export const GATEWAY_SERVICE: Service = serviceOf(GATEWAY);
