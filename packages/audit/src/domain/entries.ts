import {
  ACCESS_LOG_ACTIONS,
  ACCESS_LOG_MAX_ENTRIES,
  ACCESS_LOG_MAX_ROWS,
  ACCESS_LOG_SUBJECT_TYPES,
  type AccessLogBatch,
  type AccessLogEntry,
} from '@mienskip/kit/rules';

/**
 * What `POST /entries` accepts: `{ entries: [{ subjectType, subjectId, action, fields }], requestIds? }`,
 * every value checked. A refusal names where the problem is, never the value (it could be personal data).
 */
export const MAX_FIELDS_PER_ENTRY = 200;
const SUBJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
// Subjects are named by their id in their own subgraph; nine digits would be a BSN, which the log never holds.
const BSN_SHAPED = /^\d{9}$/;
// A GraphQL field name, or a path of them (`address.street`).
const FIELD = /^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/;
const MAX_FIELD_LENGTH = 100;
const ENTRY_KEYS = new Set(['subjectType', 'subjectId', 'action', 'fields']);
const BATCH_KEYS = new Set(['entries', 'requestIds']);

/** Whether a value is a request id: the same check as the `x-request-id` beside the token. */
export type RequestIdCheck = (value: unknown) => boolean;

export class EntriesRefused extends Error {
  override name = 'EntriesRefused';
}

/**
 * A batch of entries. It may name the requests its entries are for (`requestIds`: the gateway's
 * batch for the requests that shared one answer, issue 19) only when `isRequestId` is given, and
 * only well-formed ones, each once; otherwise the whole batch is refused.
 */
export function parseEntries(body: unknown, isRequestId?: RequestIdCheck): AccessLogBatch {
  if (!isObject(body) || !Array.isArray(body.entries)) {
    throw new EntriesRefused('The body must be a JSON object with an array `entries`');
  }
  if (Object.keys(body).some((key) => !BATCH_KEYS.has(key))) {
    throw new EntriesRefused('The body has an unknown property');
  }
  const { entries, requestIds } = body;
  if (entries.length === 0 || entries.length > ACCESS_LOG_MAX_ENTRIES) {
    throw new EntriesRefused(`Send between 1 and ${ACCESS_LOG_MAX_ENTRIES} entries at once`);
  }
  const parsed = entries.map((entry, index) => parseEntry(entry, `entries[${index}]`));
  if (requestIds === undefined) return { entries: parsed };
  return { entries: parsed, requestIds: parseRequestIds(requestIds, parsed.length, isRequestId) };
}

function parseRequestIds(requestIds: unknown, entries: number, isRequestId: RequestIdCheck | undefined) {
  if (!isRequestId) {
    throw new EntriesRefused("requestIds is not taken from this writer: its entries are its request's");
  }
  const most = Math.floor(ACCESS_LOG_MAX_ROWS / entries);
  if (!Array.isArray(requestIds) || requestIds.length === 0 || requestIds.length > most) {
    throw new EntriesRefused(
      `requestIds must list between 1 and ${most} requests for ${entries} entries (${ACCESS_LOG_MAX_ROWS} rows at once)`,
    );
  }
  const index = requestIds.findIndex((id) => !isRequestId(id));
  if (index >= 0) throw new EntriesRefused(`requestIds[${index}] must be a request id`);
  if (new Set(requestIds).size !== requestIds.length) {
    throw new EntriesRefused('requestIds must name each request once');
  }
  return requestIds as string[];
}

function parseEntry(entry: unknown, at: string): AccessLogEntry {
  if (!isObject(entry)) throw new EntriesRefused(`${at} must be an object`);
  const unknownKey = Object.keys(entry).find((key) => !ENTRY_KEYS.has(key));
  if (unknownKey) throw new EntriesRefused(`${at} has an unknown property`);
  const { subjectType, subjectId, action, fields } = entry;
  if (!oneOf(ACCESS_LOG_SUBJECT_TYPES, subjectType)) {
    throw new EntriesRefused(`${at}.subjectType must be one of ${ACCESS_LOG_SUBJECT_TYPES.join(', ')}`);
  }
  if (typeof subjectId !== 'string' || !SUBJECT_ID.test(subjectId) || BSN_SHAPED.test(subjectId)) {
    throw new EntriesRefused(`${at}.subjectId must be the subject's id (never a BSN)`);
  }
  if (!oneOf(ACCESS_LOG_ACTIONS, action)) {
    throw new EntriesRefused(`${at}.action must be one of ${ACCESS_LOG_ACTIONS.join(', ')}`);
  }
  if (!Array.isArray(fields) || fields.length === 0 || fields.length > MAX_FIELDS_PER_ENTRY) {
    throw new EntriesRefused(`${at}.fields must list between 1 and ${MAX_FIELDS_PER_ENTRY} field names`);
  }
  if (
    !fields.every(
      (field) => typeof field === 'string' && field.length <= MAX_FIELD_LENGTH && FIELD.test(field),
    )
  ) {
    throw new EntriesRefused(`${at}.fields must hold field names`);
  }
  return {
    subjectType,
    subjectId,
    action,
    fields: [...new Set(fields as string[])].sort(),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
