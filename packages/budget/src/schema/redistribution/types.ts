import type { RedistributionRow } from '../../db/tables.ts';
import {
  OneSidedRedistributionError,
  RedistributionLotsError,
  RedistributionTotalError,
} from '../../domain/errors.ts';
import {
  type PublishedClientCount,
  publishedEvidence,
  type RedistributionStatus as Status,
} from '../../domain/redistribution.ts';
import { findLumpsum } from '../../store/lumpsums.ts';
import { builder, ErrorInterface, READ_BUDGET } from '../builder.ts';
import { Lot } from '../contract.ts';
import { Lumpsum } from '../lumpsum/types.ts';
import { Organisation } from '../organisation.ts';

export const RedistributionStatus = builder.enumType('RedistributionStatus', {
  description: 'Where a redistribution request stands.',
  values: {
    SUBMITTED: { description: 'Ingediend: asked jointly, awaiting the municipality.' },
    APPROVED: { description: 'Toegekend: the shares are as asked.' },
    REJECTED: { description: 'Afgewezen: the shares stay as they were.' },
    MODIFIED: {
      description: 'Gewijzigd toegekend: the municipality decided other shares, within the same total.',
    },
  } satisfies Record<Status, { description: string }>,
});

interface ShareShape {
  organisationId: string;
  amountCents: string;
}

const ProposedShare = builder.objectRef<ShareShape>('RedistributionShare').implement({
  description: 'A share as asked or as decided in a redistribution.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'The organisation.',
      resolve: (s) => s.organisationId,
    }),
    amount: t.field({ type: 'Money', description: 'The share.', resolve: (s) => s.amountCents }),
  }),
});

const ClientCount = builder.objectRef<PublishedClientCount>('RedistributionClientCount').implement({
  description: 'Evidence: how many clients an organisation serves.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'The organisation.',
      resolve: (c) => c.organisationId,
    }),
    clients: t.exposeInt('clients', {
      nullable: true,
      description:
        'Clients in care. Exact for a key with the personal-data scope; for any other key under the CBS rule ' +
        'for small numbers (kleine aantallen): null when 0–7 (secret, never 0), otherwise rounded to the ' +
        'nearest five.',
    }),
  }),
});

export const RedistributionRequest = builder.objectRef<RedistributionRow>('RedistributionRequest').implement({
  description:
    'Herverdelingsverzoek between the basis and aanvullend shares of a lumpsum: asked jointly by the providers, ' +
    'with client counts as evidence; the municipality approves, rejects or modifies it within the original total.',
  authScopes: READ_BUDGET,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    lumpsum: t.field({
      type: Lumpsum,
      nullable: true,
      description: 'The lumpsum whose shares would change.',
      resolve: (r, _args, { db }) => findLumpsum(db, r.lumpsumId),
    }),
    requestedBy: t.field({
      type: [Organisation],
      description: 'The providers asking, jointly.',
      resolve: (r) => r.requestedBy,
    }),
    motivation: t.exposeString('motivation', { description: 'Why.' }),
    clientCounts: t.field({
      type: [ClientCount],
      description:
        'The evidence: client counts as filed, published under the CBS rule for keys without personal-data.',
      resolve: (r, _args, { caller }) => publishedEvidence(caller, r.clientCounts),
    }),
    proposedShares: t.field({
      type: [ProposedShare],
      description: 'The shares asked for.',
      resolve: (r) => r.proposedShares,
    }),
    status: t.expose('status', { type: RedistributionStatus, description: 'Where it stands.' }),
    decidedShares: t.field({
      type: [ProposedShare],
      nullable: true,
      description: 'The shares decided.',
      resolve: (r) => r.decidedShares,
    }),
    decisionNote: t.exposeString('decisionNote', {
      nullable: true,
      description: "The municipality's reasoning.",
    }),
    version: t.exposeInt('version', { description: 'Optimistic-concurrency version.' }),
  }),
});

builder.objectType(OneSidedRedistributionError, {
  name: 'OneSidedRedistributionError',
  description: 'Only the basis and the aanvullend provider(s) together may ask for a redistribution.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    missing: t.field({ type: [Organisation], description: 'Who must ask too.', resolve: (e) => e.missing }),
  }),
});

builder.objectType(RedistributionTotalError, {
  name: 'RedistributionTotalError',
  description: 'The shares after a redistribution must add up to the original total.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    total: t.field({ type: 'Money', description: 'The original total.', resolve: (e) => e.totalCents }),
    proposed: t.field({
      type: 'Money',
      description: 'What the shares add up to.',
      resolve: (e) => e.proposedCents,
    }),
  }),
});

builder.objectType(RedistributionLotsError, {
  name: 'RedistributionLotsError',
  description:
    'Herverdeling is between basis and aanvullend only: only the joint lumpsum of BASISONDERSTEUNING and ' +
    'THUISONDERSTEUNING_EN_DAGBESTEDING is redistributed; the household-help halves are not.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    lots: t.field({ type: [Lot], description: 'The lots the lumpsum covers.', resolve: (e) => e.lots }),
  }),
});
