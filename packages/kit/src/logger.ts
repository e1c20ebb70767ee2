import { type DestinationStream, type Logger, pino } from 'pino';

export type { DestinationStream, Logger };

/**
 * JSON logs, one line per event. Personal data never reaches a log: we log operation names, ids of
 * keys and organisations and timings, never variables; `redact` is a second line of defence.
 */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'bsn',
          '*.bsn',
          'variables',
          '*.variables',
          'authorization',
          '*.authorization',
          'headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
