/**
 * What an access-log entry is (the shape subgraphs send and the audit service accepts): pure, so
 * that it is part of `@mienskip/kit/rules` and a `src/domain/` may check entries against it.
 */
export const ACCESS_LOG_SUBJECT_TYPES = ['Client'] as const;
export type AccessLogSubjectType = (typeof ACCESS_LOG_SUBJECT_TYPES)[number];
export const ACCESS_LOG_ACTIONS = ['READ', 'WRITE'] as const;
export type AccessLogAction = (typeof ACCESS_LOG_ACTIONS)[number];

/** What a subgraph sends per entry. Never a BSN: subjects are named by their client id. */
export interface AccessLogEntry {
  subjectType: AccessLogSubjectType;
  subjectId: string;
  action: AccessLogAction;
  /** The fields read or written, sorted, each once. */
  fields: string[];
}

/**
 * The body of one `POST /entries`: what the kit sends (`appendAccessLog`) and the audit service
 * accepts (`parseEntries`).
 */
export interface AccessLogBatch {
  entries: readonly AccessLogEntry[];
  /** Every entry is stored once for each of these requests (else once, for the append's own request). */
  requestIds?: readonly string[];
}

/** The most entries the audit service takes in one request (and one INSERT). */
export const ACCESS_LOG_MAX_ENTRIES = 1000;

/**
 * The most rows one append may store: its entries once for each request it names (`requestIds`,
 * the gateway's batch for requests that shared one answer, issue 19).
 */
export const ACCESS_LOG_MAX_ROWS = 20_000;
