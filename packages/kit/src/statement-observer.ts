import { context, SpanKind, trace } from '@opentelemetry/api';
import type { StatementObserver } from './db.ts';
import type { ServiceMetrics } from './metrics.ts';
import { activeTracer, markFailed } from './trace-context.ts';

const MAX_STATEMENT_LENGTH = 2_000;

/**
 * Metrics and spans for SQL statements: every statement counts and is timed; inside a traced
 * request each also gets a client span under the resolver (or operation) that sent it. Statements
 * outside requests (migrations, seeds) get no span: they would each start a trace of their own.
 */
export function statementObserver(metrics: ServiceMetrics): StatementObserver {
  return {
    started(statement) {
      metrics.sqlStatements.inc();
      const started = performance.now();
      const tracer = activeTracer();
      const operation = statementOperation(statement);
      const span =
        tracer && trace.getSpan(context.active())
          ? tracer.startSpan(`sql ${operation}`, {
              kind: SpanKind.CLIENT,
              attributes: {
                'db.system.name': 'postgresql',
                'db.operation.name': operation,
                'db.query.text': sanitizeStatement(statement),
              },
            })
          : undefined;
      return (error) => {
        metrics.sqlStatementDuration.observe(
          { outcome: error ? 'error' : 'ok' },
          (performance.now() - started) / 1000,
        );
        if (!span) return;
        if (error) markFailed(span, error, sqlState(error));
        span.end();
      };
    },
  };
}

/** The statement's first keyword: `SELECT`, `INSERT`, `BEGIN`. */
export function statementOperation(statement: string): string {
  return /^\s*\(?\s*([a-z]+)/i.exec(statement)?.[1]?.toUpperCase() ?? 'SQL';
}

/**
 * The statement's text for a span. Values travel as parameters and are never recorded; literals
 * written into the text itself (a string, a long number such as a BSN) are replaced by `?` too.
 */
export function sanitizeStatement(statement: string): string {
  const text = statement
    .replace(/\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$/g, () => '$$?$$')
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\b\d{6,}\b/g, '?');
  return text.length > MAX_STATEMENT_LENGTH ? `${text.slice(0, MAX_STATEMENT_LENGTH)}…` : text;
}

/** PostgreSQL's SQLSTATE of a failed statement (its message may quote values). */
function sqlState(error: unknown): string {
  const failed = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = failed?.code ?? failed?.cause?.code;
  return typeof code === 'string' ? `SQLSTATE ${code}` : 'statement failed';
}
