import type { KitBuilder } from './builder.ts';
import type { RequestContext } from './context.ts';

/**
 * Typed errors for mutation payloads. Each is a class (thrown inside a resolver, caught by
 * plugin-errors) and a GraphQL object implementing the shared `Error` interface. The objects are
 * shareable: several subgraphs define the same error types.
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

export function addErrorTypes<Context extends RequestContext>(builder: KitBuilder<Context>) {
  const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
    description: 'What every typed error in a mutation payload has: a message for people.',
    fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong, in English.' }) }),
  });
  builder.objectType(NotFoundError, {
    name: 'NotFoundError',
    description: 'A referenced record does not exist.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: (t) => ({
      entity: t.exposeString('entity', { description: 'The kind of record, e.g. `Room`.' }),
      id: t.exposeID('id', { description: 'The id that was not found.' }),
    }),
  });
  builder.objectType(ValidationError, {
    name: 'ValidationError',
    description: 'An input value breaks a rule; nothing was changed.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: (t) => ({
      field: t.exposeString('field', { description: 'The input field, as a dotted path.' }),
    }),
  });
  builder.objectType(VersionConflictError, {
    name: 'VersionConflictError',
    description: 'Optimistic concurrency: the record changed since it was read; read it again and retry.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: (t) => ({
      entity: t.exposeString('entity', { description: 'The kind of record.' }),
      id: t.exposeID('id', { description: 'The record.' }),
      expectedVersion: t.exposeInt('expectedVersion', { description: 'The version the caller sent.' }),
      currentVersion: t.exposeInt('currentVersion', { description: 'The version stored now.' }),
    }),
  });
  builder.objectType(InvalidBsnError, {
    name: 'InvalidBsnError',
    description: 'The burgerservicenummer has nine digits but fails the 11-proef.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: (t) => ({ field: t.exposeString('field', { description: 'The input field holding the BSN.' }) }),
  });
  return { ErrorInterface };
}
