import type { ObjectRef } from '@pothos/core';
import type { KitBuilder, KitSchemaTypes } from './builder.ts';
import type { RequestContext } from './context.ts';
import {
  InvalidBsnError,
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from './domain-errors.ts';
import { STATISTICS_GRAINS, type StatisticsGrain } from './periods.ts';
import { PROVENANCES, type Provenance } from './provenance.ts';
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
      'for small numbers (kleine aantallen): 0–7 is secret, larger counts are rounded to fives. Where a ' +
      'statistic publishes a total and the parts that add up to it, a secret part must not follow from the ' +
      'total minus the other parts (complementary suppression, aanvullende onderdrukking): while the hidden ' +
      'parts together are 7 or less, the smallest part still shown is suppressed as well, and when no part ' +
      'is left, the total. Without personal-data a statistic over a period is asked for whole calendar months ' +
      '(from the first day of a month to the last day of a month), so that subtracting overlapping periods ' +
      'cannot isolate a few days either.',
    shareable: true,
    fields: (t) => ({
      value: t.exposeInt('value', {
        nullable: true,
        description: 'The count, or null when it is secret or suppressed.',
      }),
      secret: t.exposeBoolean('secret', {
        description: 'True when the count is 0–7 and therefore not shown.',
      }),
      rounded: t.exposeBoolean('rounded', {
        description: 'True when the value is rounded to the nearest five.',
      }),
      suppressed: t.exposeBoolean('suppressed', {
        description:
          'True when the count is not small itself but is not shown so that a secret count in the same table ' +
          'cannot be found by subtraction from its total (complementary suppression).',
      }),
    }),
  });
}

const PROVENANCE_VALUES: Record<Provenance, { description: string }> = {
  SOURCE: {
    description:
      'Bron: taken from a cited source document (e.g. the council letter of November 2020 on the Wmo ' +
      'implementation): a fact of Leeuwarden as the sources give it.',
  },
  SYNTHETIC: {
    description:
      'Synthetisch: generated by the seed from a fixed random seed, for demonstration and tests; invented, ' +
      'not a fact of Leeuwarden.',
  },
  RECORDED: {
    description:
      'Vastgelegd: written through the API by a mutation, including a source record changed since; a ' +
      'synthetic record changed through the API stays SYNTHETIC.',
  },
};

/** What `provenance` says on every type that carries it, unless the type says more. */
export const PROVENANCE_FIELD_DESCRIPTION =
  'Where this record comes from: SOURCE (a cited source document), SYNTHETIC (invented by the seed, not a ' +
  'fact of Leeuwarden) or RECORDED (written through the API).';

/**
 * The shared `Provenance` enum (every subgraph declares it identically, so it composes) and a helper
 * that adds `provenance: Provenance!` to a type whose rows carry a `provenance` column.
 */
export function addProvenanceType<Context extends RequestContext>(builder: KitBuilder<Context>) {
  const Provenance = builder.enumType('Provenance', {
    description:
      'Herkomst: where a record comes from — a cited source document, the seed (invented example data) or ' +
      'the API. Every type that holds seeded rows says it in its `provenance` field.',
    values: Object.fromEntries(PROVENANCES.map((value) => [value, PROVENANCE_VALUES[value]])) as Record<
      Provenance,
      { description: string }
    >,
  });
  /** Adds `provenance: Provenance!` to `ref`, read from the row's `provenance`. */
  function addProvenanceField<Parent extends { provenance: Provenance }>(
    ref: ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<KitSchemaTypes<Context>>, unknown, Parent>,
    description: string = PROVENANCE_FIELD_DESCRIPTION,
  ) {
    builder.objectField(ref, 'provenance', (t) =>
      t.field({ type: Provenance, description, resolve: (row) => row.provenance }),
    );
  }
  return { Provenance, addProvenanceField };
}

const GRAIN_VALUES: Record<StatisticsGrain, { description: string }> = {
  MONTH: { description: 'Maand: one row per calendar month.' },
  QUARTER: { description: 'Kwartaal: one row per calendar quarter (January–March, April–June, …).' },
  YEAR: { description: 'Jaar: one row per calendar year.' },
};

/**
 * The grain of a statistics table (`…StatisticsSeries`): how its period is cut into rows. Shared
 * by every subgraph with a series, with the same values everywhere (an input enum must agree).
 */
export function addStatisticsGrain<Context extends RequestContext>(builder: KitBuilder<Context>) {
  return builder.enumType('StatisticsGrain', {
    description:
      'How a statistics table cuts its period into rows: calendar months, quarters or years, the first and ' +
      'last cut to the period asked.',
    values: Object.fromEntries(STATISTICS_GRAINS.map((grain) => [grain, GRAIN_VALUES[grain]])) as Record<
      StatisticsGrain,
      { description: string }
    >,
  });
}
