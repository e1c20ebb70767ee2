import type { KitBuilder } from './builder.ts';
import type { RequestContext } from './context.ts';
import {
  InvalidBsnError,
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from './domain-errors.ts';
import type { PublishedCount } from './statistics.ts';

/** The kit's typed errors as shareable GraphQL objects implementing the `Error` interface. */
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
  builder.objectType(OwnerUnavailableError, {
    name: 'OwnerUnavailableError',
    description:
      'Another service that owns facts this change depends on (e.g. locations for a worker’s role) did not ' +
      'answer in time or refused; nothing was changed. Try again later.',
    interfaces: [ErrorInterface],
    shareable: true,
    fields: (t) => ({
      owner: t.exposeString('owner', {
        description: 'The service that could not be asked, e.g. `locations`.',
      }),
    }),
  });
  return { ErrorInterface };
}

export function addStatisticTypes<Context extends RequestContext>(builder: KitBuilder<Context>) {
  return builder.objectRef<PublishedCount>('PublishedCount').implement({
    description:
      'A count as published: exact for keys with the personal-data scope, otherwise under the CBS rule ' +
      'for small numbers (kleine aantallen): 0–7 is secret, larger counts are rounded to fives.',
    shareable: true,
    fields: (t) => ({
      value: t.exposeInt('value', { nullable: true, description: 'The count, or null when it is secret.' }),
      secret: t.exposeBoolean('secret', {
        description: 'True when the count is 0–7 and therefore not shown.',
      }),
      rounded: t.exposeBoolean('rounded', {
        description: 'True when the value is rounded to the nearest five.',
      }),
    }),
  });
}
