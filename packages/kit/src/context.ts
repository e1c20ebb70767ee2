import type { Context } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { AccessLogRecorder } from './access-log.ts';
import type { Caller } from './caller.ts';

/** The context every subgraph resolver receives. Subgraphs extend it with their own database. */
export interface RequestContext {
  caller: Caller;
  logger: Logger;
  /** Records reads and writes of personal data; written to the access log before the response leaves. */
  accessLog: AccessLogRecorder;
  /**
   * The request's trace context, for calls made on its behalf (look-ups, the access log): with
   * tracing off no context manager carries it (`graphql-observation.ts`).
   */
  traceContext?: Context | undefined;
}
