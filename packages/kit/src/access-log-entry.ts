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
  /**
   * The request the entry is for, when it is not the request of the append (`x-request-id` beside
   * the token): only the gateway sets it, appending in one batch the entries of every request that
   * shared one subgraph answer (issue 19). Subgraphs send none.
   */
  requestId?: string;
}

/** The most entries the audit service takes in one request (and one INSERT). */
export const ACCESS_LOG_MAX_ENTRIES = 1000;
