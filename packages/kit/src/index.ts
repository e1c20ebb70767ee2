export { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
export {
  ACCESS_LOG_ACTIONS,
  ACCESS_LOG_MAX_ENTRIES,
  ACCESS_LOG_SUBJECT_TYPES,
  ACCESS_LOG_URL_ENV,
  type AccessLogAction,
  type AccessLogEntry,
  AccessLogError,
  AccessLogRecorder,
  type AccessLogRecorderOptions,
  type AccessLogSubjectType,
  DEFAULT_ACCESS_LOG_URL,
} from './access-log.ts';
export {
  ACCESS_LOG_UNAVAILABLE,
  ACCESS_LOG_UNAVAILABLE_MESSAGE,
  accessLogging,
} from './access-log-plugin.ts';
export { passesElfproef } from './bsn.ts';
export { createBuilder, type KitBuilder, type KitSchemaTypes, SUBGRAPH_SCHEMA_OPTIONS } from './builder.ts';
export { type Caller, hasScope, isMunicipal, mayReadRowsOf, type RequestContext } from './context.ts';
export {
  connectDatabase,
  type Database,
  type DatabaseOptions,
  type Db,
  migrateDatabase,
  redactUrl,
} from './db.ts';
export {
  addErrorTypes,
  DomainError,
  InvalidBsnError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from './domain-errors.ts';
export {
  errorLogging,
  forbidden,
  httpErrorHandler,
  INTERNAL_ERROR_MESSAGE,
  loggableError,
  maskError,
  PUBLIC_ERROR_CODES,
  unauthenticated,
} from './errors.ts';
export { listen, type RunningServer } from './http.ts';
export { byIds, contextLoader, groupByIds, loadByIds, loadOrNull } from './loaders.ts';
export { createLogger, type DestinationStream, type Logger } from './logger.ts';
export { formatMoney, isMoneyString, parseMoney, toCents } from './money.ts';
export { checkName, readableId } from './names.ts';
export { MAX_PURPOSE_LENGTH, PURPOSE_HEADER, parsePurpose } from './purpose.ts';
export { prng } from './random.ts';
export { BsnScalar, DateScalar, DateTimeScalar, isIsoDate, LocalTimeScalar, MoneyScalar } from './scalars.ts';
export {
  isOrganisationKind,
  isScope,
  ORGANISATION_KINDS,
  type OrganisationKind,
  SCOPE_DESCRIPTIONS,
  SCOPES,
  type Scope,
  SUBGRAPHS,
  type SubgraphName,
} from './scopes.ts';
export { printSubgraphSdl } from './sdl.ts';
export { addStatisticTypes, type PublishedCount, publishCount, SECRET_UP_TO } from './statistics.ts';
export {
  runSubgraph,
  type ServiceName,
  type ServiceRouteContext,
  type StartedSubgraph,
  type StartOptions,
  type SubgraphDefinition,
  startSubgraph,
} from './subgraph.ts';
export { type RunningSubgraph, type SubgraphServerOptions, startSubgraphServer } from './subgraph-server.ts';
export {
  createTokenSigner,
  createTokenVerifier,
  generateKeyMaterial,
  type KeyMaterial,
  MAX_TOKEN_LIFETIME_SECONDS,
  PRIVATE_KEY_ENV,
  PUBLIC_KEYS_ENV,
  readJsonEnv,
  rotateKeyMaterial,
  TOKEN_HEADER,
  TokenError,
  type TokenSigner,
  type TokenVerifier,
} from './token.ts';
