import { PurposeNotAllowedError, PurposeRequiredError } from '@mienskip/kit/rules';
import {
  addErrorTypes,
  addProvenanceType,
  addStatisticsGrain,
  addStatisticTypes,
  createBuilder,
} from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';

export const builder = createBuilder<SubgraphContext>();
export const { ErrorInterface } = addErrorTypes(builder);
export const PublishedCount = addStatisticTypes(builder);
export const StatisticsGrain = addStatisticsGrain(builder);
export const { Provenance, addProvenanceField } = addProvenanceType(builder);

/** Reading youth cases and their events (personal fields need PERSONAL too, and a stated purpose). */
export const READ = { scope: 'youth:read' } as const;
/** Changing them. */
export const WRITE = { scope: 'youth:write' } as const;
/**
 * What identifies or describes a child or family: the children of a case, free-text advice and plans.
 * Also needs a Jeugdwet purpose (art. 7.4.0) in `x-mienskip-purpose`, and every read is logged.
 */
export const PERSONAL = { scope: 'personal-data' } as const;
/** Aggregates for analysts and the council. */
export const STATISTICS = { scope: 'statistics' } as const;

builder.queryType({ description: 'Reading the graph.' });
builder.mutationType({
  description: 'Changing the graph. Every mutation either succeeds whole or changes nothing.',
});

/**
 * Doelbinding refusals (Jeugdwet art. 7.4.0) as typed errors of a mutation's payload: a mutation that
 * writes personal youth data lists `PURPOSE_ERRORS` in its `errors.types` and refuses with one when the
 * caller states no Jeugdwet purpose, or one its key may not use (`jeugdwetPurposeRefusal`). Registered
 * here once, for the cases and the child-safety parts alike.
 */
builder.objectType(PurposeRequiredError, {
  name: 'PurposeRequiredError',
  description:
    'Doelbinding (Jeugdwet art. 7.4.0): personal youth data is processed only for a stated Jeugdwet purpose, ' +
    'and the request states none; nothing was read or changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    header: t.exposeString('header', { description: 'The request header that states the purpose.' }),
    purposes: t.stringList({
      description:
        'The codes a purpose may start with: TOELEIDING, KINDERBESCHERMING, BEKOSTIGING, CONTROLE.',
      resolve: (error) => [...error.purposes],
    }),
  }),
});

builder.objectType(PurposeNotAllowedError, {
  name: 'PurposeNotAllowedError',
  description:
    'Doelbinding (Jeugdwet art. 7.4.0): the stated purpose is one the API key is not limited to; nothing was read ' +
    'or changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    header: t.exposeString('header', { description: 'The request header that states the purpose.' }),
    purpose: t.exposeString('purpose', { description: 'The purpose stated.' }),
    allowedPurposes: t.stringList({
      description: 'The purposes the key is limited to, in the order of the article.',
      resolve: (error) => [...error.allowedPurposes],
    }),
  }),
});

export const PURPOSE_ERRORS = [PurposeRequiredError, PurposeNotAllowedError] as const;
