/**
 * `@mienskip/kit/observability`: Prometheus metrics (`prom-client`, a registry per service instance)
 * and OpenTelemetry traces (W3C `traceparent` in and out, a tracer per service instance). Subgraphs
 * get all of it from `startSubgraph`; the gateway builds on the same parts.
 */
export {
  currentObservation,
  observationOf,
  observedContext,
  observeGraphQLRequests,
  type RequestObservation,
  type RequestOutcome,
  requestOutcome,
  requestTraceIds,
  responseObservation,
} from './graphql-observation.ts';
export {
  createServiceMetrics,
  MAX_OPERATION_NAMES,
  type ServiceMetrics,
  type ServiceMetricsOptions,
} from './metrics.ts';
export { observabilityPlugin } from './observability-plugin.ts';
export { traceRootFields } from './root-field-spans.ts';
export { sanitizeStatement, statementObserver, statementOperation } from './statement-observer.ts';
export {
  activeTracer,
  contextFromHeaders,
  markFailed,
  traceHeaders,
  withClientSpan,
  withTracer,
} from './trace-context.ts';
export {
  createTracing,
  TRACES_EXPORTERS,
  type TracesExporter,
  type Tracing,
  type TracingConfig,
  type TracingOptions,
  tracingConfigFromEnv,
} from './tracing.ts';
