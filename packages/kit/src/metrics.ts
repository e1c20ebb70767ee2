import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Seconds; GraphQL operations of a service take milliseconds to a few seconds. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds; one SQL statement takes well under a millisecond to a second. */
const SQL_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
/** More distinct operation names than this are counted as `other`: names come from callers. */
export const MAX_OPERATION_NAMES = 200;

/**
 * The Prometheus metrics of one service instance (`prom-client`), on a registry of its own: tests
 * start several services in one process, and the global registry would mix them (or refuse the
 * second). Every metric carries `service`. A service adds its own metrics on `registry` (the
 * gateway: rate-limit refusals, subgraph fetches, breaker state), named `mienskip_*`.
 */
export interface ServiceMetrics {
  readonly service: string;
  readonly registry: Registry;
  /** `mienskip_graphql_requests_total`: every request to `/graphql`, refused ones included. */
  readonly graphqlRequests: Counter<never>;
  /** `mienskip_graphql_request_duration_seconds{operation, outcome, status}`. */
  readonly graphqlRequestDuration: Histogram<'operation' | 'outcome' | 'status'>;
  /** `mienskip_graphql_errors_total{code}`: one per error in a response, by `extensions.code`. */
  readonly graphqlErrors: Counter<'code'>;
  /** `mienskip_sql_statements_total`: statements sent to the database (the bench reads it). */
  readonly sqlStatements: Counter<never>;
  /** `mienskip_sql_statement_duration_seconds{outcome}`. */
  readonly sqlStatementDuration: Histogram<'outcome'>;
  /** An operation name as a label value: bounded in number, `anonymous` when absent. */
  operationLabel(name: string | null | undefined): string;
  /** The Prometheus text exposition of every metric of this instance. */
  render(): Promise<{ contentType: string; body: string }>;
}

export interface ServiceMetricsOptions {
  /** prom-client's process metrics (`process_*`, `nodejs_*`: CPU, memory, event loop lag, GC); default on. */
  processMetrics?: boolean;
}

export function createServiceMetrics(service: string, options: ServiceMetricsOptions = {}): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const operationNames = new Set<string>();
  return {
    service,
    registry,
    graphqlRequests: new Counter({
      name: 'mienskip_graphql_requests_total',
      help: 'GraphQL requests received, refused ones included',
      registers,
    }),
    graphqlRequestDuration: new Histogram({
      name: 'mienskip_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to its response, by operation name, outcome (ok, error, refused, failed) and HTTP status',
      labelNames: ['operation', 'outcome', 'status'],
      buckets: REQUEST_BUCKETS,
      registers,
    }),
    graphqlErrors: new Counter({
      name: 'mienskip_graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code',
      labelNames: ['code'],
      registers,
    }),
    sqlStatements: new Counter({
      name: 'mienskip_sql_statements_total',
      help: 'SQL statements sent to the database',
      registers,
    }),
    sqlStatementDuration: new Histogram({
      name: 'mienskip_sql_statement_duration_seconds',
      help: 'Time a SQL statement took, by outcome (ok, error)',
      labelNames: ['outcome'],
      buckets: SQL_BUCKETS,
      registers,
    }),
    operationLabel(name) {
      if (!name) return 'anonymous';
      if (operationNames.has(name)) return name;
      if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
      operationNames.add(name);
      return name;
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
