import type { Logger } from '@mienskip/kit/logger';
import type { Caller } from '@mienskip/kit/rules';
import type { Context } from '@opentelemetry/api';
import type { Quota } from './rate-limits/headers.ts';
import type { EchoedAccessLog } from './shared-executions.ts';

export interface GatewayContext {
  caller: Caller;
  logger: Logger;
  /** The hashes of the only operations this key may run (its apps' persisted documents); absent: any operation. */
  trustedDocuments?: ReadonlySet<string>;
  /** Whether this key may ask for the schema (`__schema`, `__type`). */
  mayIntrospect: boolean;
  /** What is left of the key's requests this minute, for the `RateLimit-*` headers. */
  rateLimit?: Quota;
  /** The request's trace context, passed on to subgraphs (with tracing off no context manager carries it). */
  traceContext?: Context | undefined;
  /** Lets identical requests lined up behind this one go (`line-up.ts`); called once it executes. */
  lineUpRelease?: () => void;
  /** Set while this query executes for others too (`shared-executions.ts`): what its subgraph fetches logged. */
  echoedAccessLog?: EchoedAccessLog;
}
