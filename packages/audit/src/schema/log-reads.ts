import type { AccessLogEntry } from '@mienskip/kit/access-log';
import { loggableError } from '@mienskip/kit/http';
import {
  ACCESS_LOG_UNAVAILABLE,
  ACCESS_LOG_UNAVAILABLE_MESSAGE,
  type SubgraphContext,
} from '@mienskip/kit/server';
import { GraphQLError } from 'graphql';
import { appendEntries } from '../db/append.ts';

/** What an entry of a read of the log names as read: the field `Client.accessLog`. */
export const LOG_READ_FIELDS = ['accessLog'];
/** The service that appends entries of reads of the log: this one. */
export const LOG_READ_SOURCE = 'audit';

/**
 * Reading a client's access log is itself an access to that client's personal data (who dealt with
 * them, when, why), so it goes into the log like any other read: one READ entry per client whose
 * log was read, with `source: audit` and `fields: ["accessLog"]`, the who and purpose from the
 * caller's verified token. Appended directly (this service owns the log; `POST /entries` takes no
 * `audit` tokens) in one INSERT per batch, after the pages are read and before they are returned:
 * a read that cannot be recorded is withheld (`ACCESS_LOG_UNAVAILABLE`), as every read of personal
 * data is. One log line goes
 * with it, for correlating with the request's trace; it names no client.
 */
export async function recordLogReads(context: SubgraphContext, clientIds: readonly string[]): Promise<void> {
  if (clientIds.length === 0) return;
  const entries: AccessLogEntry[] = clientIds.map((subjectId) => ({
    subjectType: 'Client',
    subjectId,
    action: 'READ',
    fields: LOG_READ_FIELDS,
  }));
  try {
    await appendEntries(context.db, { caller: context.caller, source: LOG_READ_SOURCE }, { entries });
  } catch (error) {
    context.logger.error(
      { error: loggableError(error), entries: entries.length },
      'read of the access log not recorded: withheld',
    );
    throw new GraphQLError(ACCESS_LOG_UNAVAILABLE_MESSAGE, { extensions: { code: ACCESS_LOG_UNAVAILABLE } });
  }
  const { requestId, keyId, organisationId, purpose } = context.caller;
  context.logger.info(
    { requestId, keyId, organisationId, purpose, clients: clientIds.length },
    'access log read, and recorded in the access log',
  );
}
