import { ACCESS_LOG_URL_ENV } from '@mienskip/kit/access-log';
import {
  ACCESS_LOG_SERVICE,
  GATEWAY,
  SUBGRAPHS,
  type SubgraphEntry,
  subgraphUrlEnv,
} from '@mienskip/kit/catalogue';
import {
  type KeyMaterial,
  PRIVATE_KEY_ENV,
  PUBLIC_KEYS_ENV,
  SERVICE_PRIVATE_KEY_ENV,
  trustedKeySet,
} from '@mienskip/kit/token';
import { type Service, serviceOf } from './services.ts';

export type Env = Record<string, string | undefined>;

export interface StackOptions {
  /** The gateway's private key and the subgraphs' public key set. */
  keys: Pick<KeyMaterial, 'privateJwk' | 'publicJwks'>;
  /**
   * Each subgraph's own key for looking up other subgraphs' facts, by name: with them every subgraph
   * gets its private key, trusts every service's public key and finds the other subgraphs.
   */
  serviceKeys?: Readonly<Record<string, KeyMaterial>>;
  /** The variables that give a service (`gateway` or a subgraph's name) its database. */
  database(name: string): Env;
  /** Added to every port of the catalogue, so that the bench runs beside a running `npm start`. */
  portOffset?: number;
  /** The host in the subgraph URLs the gateway calls (default `localhost`, as in the supergraph). */
  urlHost?: string;
  /** More variables for every subgraph, and for the gateway. */
  subgraphEnv?: Env;
  gatewayEnv?: Env;
}

export interface PlannedProcess {
  service: Service;
  env: Env;
}

export interface StackPlan {
  /** In start order: the subgraphs of the catalogue, then the gateway. */
  processes: PlannedProcess[];
  gateway: PlannedProcess;
  /** The gateway's base URL (`/graphql`, `/ready`, ...). */
  gatewayUrl: string;
  /** Each subgraph's base URL, by name. */
  subgraphUrls: Record<string, string>;
}

/**
 * Every process of the stack and its environment, from the catalogue of services: each subgraph
 * gets its database, the gateway's public keys and the access log's `/entries` (and, given service
 * keys, its own key, every service's public key and the other subgraphs' URLs); the gateway gets
 * its database, its private key and `MIENSKIP_<NAME>_URL` for every subgraph. Pure: `npm start`,
 * the bench and the tests start what it returns.
 */
export function planStack(subgraphs: readonly SubgraphEntry[] = SUBGRAPHS, options: StackOptions): StackPlan {
  const offset = options.portOffset ?? 0;
  const services = subgraphs.map((entry) => serviceOf(entry, offset));
  const accessLog = services.find((service) => service.name === ACCESS_LOG_SERVICE);
  if (!accessLog) throw new Error(`The stack has no access-log service (${ACCESS_LOG_SERVICE})`);
  const urlHost = options.urlHost ?? 'localhost';
  const base = (service: Service, host: string) => `http://${host}:${service.port}`;
  const serviceKeys = options.serviceKeys ?? {};
  const publicJwks = trustedKeySet(options.keys.publicJwks, Object.values(serviceKeys));
  const lookups = (self: Service): Env =>
    options.serviceKeys
      ? {
          ...(serviceKeys[self.name] && {
            [SERVICE_PRIVATE_KEY_ENV]: JSON.stringify(serviceKeys[self.name]!.privateJwk),
          }),
          ...Object.fromEntries(
            services
              .filter((owner) => owner !== self)
              .map((owner) => [subgraphUrlEnv(owner.name), `${base(owner, '127.0.0.1')}/graphql`]),
          ),
        }
      : {};

  const subgraphProcesses = services.map(
    (service): PlannedProcess => ({
      service,
      env: {
        ...options.subgraphEnv,
        ...options.database(service.name),
        [PUBLIC_KEYS_ENV]: JSON.stringify(publicJwks),
        [ACCESS_LOG_URL_ENV]: `${base(accessLog, '127.0.0.1')}/entries`,
        ...lookups(service),
      },
    }),
  );
  const gatewayService = serviceOf(GATEWAY, offset);
  const gateway: PlannedProcess = {
    service: gatewayService,
    env: {
      ...options.gatewayEnv,
      ...options.database(GATEWAY.name),
      [PRIVATE_KEY_ENV]: JSON.stringify(options.keys.privateJwk),
      ...Object.fromEntries(
        services.map((service) => [subgraphUrlEnv(service.name), `${base(service, urlHost)}/graphql`]),
      ),
    },
  };
  return {
    processes: [...subgraphProcesses, gateway],
    gateway,
    gatewayUrl: base(gatewayService, urlHost),
    subgraphUrls: Object.fromEntries(services.map((service) => [service.name, base(service, urlHost)])),
  };
}
