import { context, ProxyTracerProvider, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry tracing of one service instance, configured by the standard variables:
 *
 * - `OTEL_TRACES_EXPORTER`: `otlp`, `console` or `none`; unset: `otlp` when an OTLP endpoint is set,
 *   `none` otherwise (tracing is off unless configured)
 * - `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (the full URL) or `OTEL_EXPORTER_OTLP_ENDPOINT` (the
 *   collector's base URL; `/v1/traces` is appended); default `http://localhost:4318/v1/traces`
 * - `OTEL_EXPORTER_OTLP_PROTOCOL`/`OTEL_EXPORTER_OTLP_TRACES_PROTOCOL`: only `http/json` (what the
 *   OTLP/HTTP exporter sends); anything else is refused at start-up rather than silently ignored
 * - `OTEL_SDK_DISABLED=true`: off, whatever else is set
 *
 * The exporter itself reads `OTEL_EXPORTER_OTLP_HEADERS` and `OTEL_EXPORTER_OTLP_TIMEOUT`, the batch
 * processor `OTEL_BSP_*`, the provider `OTEL_TRACES_SAMPLER` (default: parent-based, always on).
 * The service name is the service's own (`clients`, `gateway`): `OTEL_SERVICE_NAME` is not used,
 * since one environment for the whole stack would give every service the same name.
 */
export const TRACES_EXPORTERS = ['otlp', 'console', 'none'] as const;
export type TracesExporter = (typeof TRACES_EXPORTERS)[number];

export interface TracingConfig {
  exporter: TracesExporter;
  /** Where OTLP/HTTP posts spans, when `exporter` is `otlp`. */
  url?: string;
}

const DEFAULT_OTLP_TRACES_URL = 'http://localhost:4318/v1/traces';

/** Reads the tracing variables; throws a clear error on a value it cannot honour. */
export function tracingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TracingConfig {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return { exporter: 'none' };
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const endpoint =
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || (base && `${base.replace(/\/+$/, '')}/v1/traces`);
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() || (endpoint ? 'otlp' : 'none');
  if (!(TRACES_EXPORTERS as readonly string[]).includes(exporter))
    throw new Error(`OTEL_TRACES_EXPORTER must be one of ${TRACES_EXPORTERS.join(', ')}, not "${exporter}"`);
  if (exporter !== 'otlp') return { exporter: exporter as TracesExporter };
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL)?.trim();
  if (protocol && protocol !== 'http/json')
    throw new Error(`OTEL_EXPORTER_OTLP_PROTOCOL must be http/json (the only one sent), not "${protocol}"`);
  const url = endpoint || DEFAULT_OTLP_TRACES_URL;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new Error(`The OTLP traces endpoint must be an http(s) URL, not "${url}"`);
  return { exporter: 'otlp', url };
}

export interface Tracing {
  readonly service: string;
  /**
   * False without an exporter: no span is recorded, yet the trace context a request arrived with is
   * still passed on to the services it calls and written into its log lines.
   */
  readonly enabled: boolean;
  readonly tracer: Tracer;
  /** Sends the spans still buffered. */
  flush(): Promise<void>;
  /** Flushes and stops; part of a graceful stop. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Default: `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Replace what the environment configures, e.g. an in-memory exporter's processor in tests. */
  spanProcessors?: SpanProcessor[];
}

/**
 * The tracer of one service instance: a provider of its own (the service's name on its spans), not
 * registered globally, so that several services can trace in one process.
 */
export function createTracing(service: string, options: TracingOptions = {}): Tracing {
  const spanProcessors = options.spanProcessors ?? processorsFor(tracingConfigFromEnv(options.env));
  if (spanProcessors.length === 0) {
    // A proxy without a delegate stays a no-op tracer, whatever is registered globally: its spans
    // carry the incoming span context unchanged.
    return {
      service,
      enabled: false,
      tracer: new ProxyTracerProvider().getTracer(service),
      flush: async () => {},
      shutdown: async () => {},
    };
  }
  // Only when tracing: on Node 20 AsyncLocalStorage costs async hooks on every promise (issue 19).
  // Without it, calls made for a request take its trace context from the request (`traceContext`).
  useAsyncContext();
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(
      resourceFromAttributes({ 'service.name': service, 'service.namespace': 'mienskip' }),
    ),
    spanProcessors,
  });
  return {
    service,
    enabled: true,
    tracer: provider.getTracer('@mienskip/kit'),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

function processorsFor(config: TracingConfig): SpanProcessor[] {
  switch (config.exporter) {
    case 'none':
      return [];
    case 'console':
      return [new BatchSpanProcessor(new ConsoleSpanExporter())];
    case 'otlp':
      return [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.url! }))];
  }
}

let asyncContextInstalled = false;

/**
 * Active spans follow async calls through AsyncLocalStorage. Installed once per process; when
 * something else installed a context manager first, that one stays.
 */
function useAsyncContext(): void {
  if (asyncContextInstalled) return;
  asyncContextInstalled = true;
  const manager = new AsyncLocalStorageContextManager().enable();
  if (!context.setGlobalContextManager(manager)) manager.disable();
}
