/**
 * `@mienskip/kit/rules`: the pure part of the kit, the only kit entry a subgraph's `src/domain/` may
 * import. Nothing here does I/O or imports a package (an architecture test keeps it so).
 */
export {
  ACCESS_LOG_ACTIONS,
  ACCESS_LOG_MAX_ENTRIES,
  ACCESS_LOG_MAX_ROWS,
  ACCESS_LOG_SUBJECT_TYPES,
  type AccessLogAction,
  type AccessLogBatch,
  type AccessLogEntry,
  type AccessLogSubjectType,
} from './access-log-entry.ts';
export { passesElfproef } from './bsn.ts';
export { type Caller, hasScope, isMunicipal, jeugdwetPurposeRefusal, mayReadRowsOf } from './caller.ts';
export { isIsoDate } from './dates.ts';
export {
  DomainError,
  InvalidBsnError,
  NotFoundError,
  OwnerUnavailableError,
  PurposeNotAllowedError,
  PurposeRequiredError,
  ValidationError,
  VersionConflictError,
} from './domain-errors.ts';
export {
  isJeugdwetPurpose,
  JEUGDWET_PURPOSE_CODES,
  JEUGDWET_PURPOSES,
  type JeugdwetPurpose,
  type JeugdwetPurposeDefinition,
  parseJeugdwetPurpose,
  type StatedJeugdwetPurpose,
} from './jeugdwet-purposes.ts';
export { formatMoney, isMoneyString, parseMoney, toCents } from './money.ts';
export { checkName, readableId } from './names.ts';
export { isOrganisationKind, ORGANISATION_KINDS, type OrganisationKind } from './organisation-kinds.ts';
export {
  MAX_PERIODS,
  type Period,
  periodsOf,
  STATISTICS_GRAINS,
  type StatisticsGrain,
  statisticsPeriodCheck,
} from './periods.ts';
export {
  combinedProvenance,
  isProvenance,
  PROVENANCES,
  type Provenance,
  provenanceAfterChange,
} from './provenance.ts';
export { MAX_PURPOSE_LENGTH, PURPOSE_HEADER, parsePurpose } from './purpose.ts';
export { createRandom, prng, type Random } from './random.ts';
export {
  type PublishedCount,
  type PublishedTable,
  publishCount,
  publishCountFor,
  publishTable,
  publishTableFor,
  SECRET_UP_TO,
  seesExactCounts,
  statisticsPeriodRefusal,
  statisticsPeriodRefusalFor,
} from './statistics.ts';
