import { JEUGDWET_PURPOSE_CODES, type JeugdwetPurpose } from './jeugdwet-purposes.ts';
import { PURPOSE_HEADER } from './purpose.ts';

/**
 * Typed errors for mutation payloads: plain classes, so that pure rules can return or throw them.
 * `addErrorTypes` (schema-types.ts) makes each a GraphQL object implementing the shared `Error`
 * interface; plugin-errors catches them in resolvers.
 */
export class DomainError extends Error {
  override name = 'DomainError';
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} "${id}" does not exist`);
  }
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export class VersionConflictError extends DomainError {
  override name = 'VersionConflictError';
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `${entity} "${id}" was changed by someone else: you sent version ${expectedVersion}, it is now at ${currentVersion}`,
    );
  }
}

export class InvalidBsnError extends DomainError {
  override name = 'InvalidBsnError';
  constructor(readonly field: string) {
    super('This BSN fails the 11-proef: check the number');
  }
}

/**
 * A subgraph that owns facts this change depends on (a worker's role, say) did not answer, or
 * refused: nothing was changed, and trying again later may succeed.
 */
export class OwnerUnavailableError extends DomainError {
  override name = 'OwnerUnavailableError';
  constructor(readonly owner: string) {
    super(`The ${owner} service, which owns facts this needs, could not be asked; nothing was changed`);
  }
}

const PURPOSE_FORMAT = `${PURPOSE_HEADER}: <code>[: <note>], the code one of ${JEUGDWET_PURPOSE_CODES.join(', ')}`;

/**
 * Doelbinding (Jeugdwet art. 7.4.0): personal youth data is read only for a stated purpose of the
 * Jeugdwet, and this request states none (no `x-mienskip-purpose`, or one that does not start with
 * one of the four codes). Nothing was read.
 */
export class PurposeRequiredError extends DomainError {
  override name = 'PurposeRequiredError';
  /** The request header that states the purpose. */
  readonly header = PURPOSE_HEADER;
  /** The codes a purpose may start with. */
  readonly purposes: readonly JeugdwetPurpose[] = JEUGDWET_PURPOSE_CODES;
  constructor(
    /** Whether a purpose was stated at all (one without a Jeugdwet code). */
    readonly purposeStated: boolean,
  ) {
    super(
      `${purposeStated ? 'The stated purpose names no Jeugdwet purpose' : 'No purpose was stated'}: personal youth data is read only for a purpose of Jeugdwet art. 7.4.0 (doelbinding). Send ${PURPOSE_FORMAT} (e.g. "TOELEIDING: gesprek met het gezin")`,
    );
  }
}

/**
 * Doelbinding (Jeugdwet art. 7.4.0): the request states a Jeugdwet purpose that its API key is not
 * limited to. Nothing was read.
 */
export class PurposeNotAllowedError extends DomainError {
  override name = 'PurposeNotAllowedError';
  /** The request header that states the purpose. */
  readonly header = PURPOSE_HEADER;
  constructor(
    /** The purpose stated. */
    readonly purpose: JeugdwetPurpose,
    /** The purposes the key is limited to, in the order of the article. */
    readonly allowedPurposes: readonly JeugdwetPurpose[],
  ) {
    super(
      `This API key may read personal youth data only for ${allowedPurposes.length ? allowedPurposes.join(', ') : 'no Jeugdwet purpose'}, not for ${purpose} (stated in ${PURPOSE_HEADER}); state one of those, or ask for a key limited to ${purpose}`,
    );
  }
}
