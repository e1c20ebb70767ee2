import { type AccessLogAppend, appendAccessLog } from './access-log-append.ts';
import type { AccessLogEntry, AccessLogSubjectType } from './access-log-entry.ts';

export { type AccessLogAppend, AccessLogError, appendAccessLog } from './access-log-append.ts';
/**
 * The access log (Logboek dataverwerkingen, NEN 7513): every read or write of a client's personal
 * data, one entry per person per action per request. Subgraphs record while resolving and append
 * the whole request's entries to the log's owner (the audit service) in one batch. The "who" is not
 * sent: the audit service takes it from the internal token the gateway signed, which the subgraph
 * passes on unchanged, with the request's id beside it (`x-request-id`).
 */
export {
  ACCESS_LOG_ACTIONS,
  ACCESS_LOG_MAX_ENTRIES,
  ACCESS_LOG_MAX_ROWS,
  ACCESS_LOG_SUBJECT_TYPES,
  type AccessLogAction,
  type AccessLogEntry,
  type AccessLogSubjectType,
} from './access-log-entry.ts';
export const ACCESS_LOG_URL_ENV = 'MIENSKIP_ACCESS_LOG_URL';

/** The audit service's `/entries`, and the token and request id this request arrived with. */
export type AccessLogRecorderOptions = Partial<
  Pick<AccessLogAppend, 'url' | 'token' | 'requestId' | 'timeoutMs' | 'traceContext'>
>;

/** Made per request; merges what resolvers record into one entry per (subject, action). */
export class AccessLogRecorder {
  private readonly recorded = new Map<
    string,
    { entry: Omit<AccessLogEntry, 'fields'>; fields: Set<string> }
  >();

  constructor(private readonly options: AccessLogRecorderOptions = {}) {}

  read(subjectType: AccessLogSubjectType, subjectId: string, field: string): void {
    this.record({ subjectType, subjectId, action: 'READ' }, field);
  }

  wrote(subjectType: AccessLogSubjectType, subjectId: string, field: string): void {
    this.record({ subjectType, subjectId, action: 'WRITE' }, field);
  }

  /** Entries recorded and not yet written. */
  get pending(): AccessLogEntry[] {
    return [...this.recorded.values()].map(({ entry, fields }) => ({ ...entry, fields: [...fields].sort() }));
  }

  /**
   * Writes the pending entries in one POST (more than ACCESS_LOG_MAX_ENTRIES are split, which no
   * Relay page comes near) and throws when the log did not take them. A mutation may flush inside
   * its transaction, before commit, so that no write lands unlogged; the plugin then has nothing left.
   */
  async flush(): Promise<void> {
    const entries = this.pending;
    if (entries.length === 0) return;
    const { url, token, requestId, timeoutMs, traceContext } = this.options;
    await appendAccessLog({ url, token, requestId, timeoutMs, traceContext }, entries);
    this.forget(entries);
  }

  /**
   * For writes: flush inside the transaction, before commit. When the log refuses, the entries are
   * dropped before the error goes on — the transaction rolls back, so there was no write to log.
   */
  async flushBeforeCommit(): Promise<void> {
    const entries = this.pending;
    try {
      await this.flush();
    } catch (error) {
      this.forget(entries);
      throw error;
    }
  }

  private record(entry: Omit<AccessLogEntry, 'fields'>, field: string): void {
    const key = `${entry.subjectType}\u0000${entry.action}\u0000${entry.subjectId}`;
    const known = this.recorded.get(key);
    if (known) known.fields.add(field);
    else this.recorded.set(key, { entry, fields: new Set([field]) });
  }

  /** Drops what was written; fields recorded while the POST was under way stay pending. */
  private forget(written: AccessLogEntry[]): void {
    for (const { subjectType, subjectId, action, fields } of written) {
      const key = `${subjectType}\u0000${action}\u0000${subjectId}`;
      const known = this.recorded.get(key);
      if (!known) continue;
      for (const field of fields) known.fields.delete(field);
      if (known.fields.size === 0) this.recorded.delete(key);
    }
  }
}
