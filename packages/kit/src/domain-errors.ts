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
