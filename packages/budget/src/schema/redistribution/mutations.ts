import { lockVersioned } from '@mienskip/kit/db';
import { NotFoundError, ValidationError, VersionConflictError } from '@mienskip/kit/rules';
import { lumpsums, redistributionRequests } from '../../db/tables.ts';
import {
  LumpsumDefinitiveError,
  OneSidedRedistributionError,
  RedistributionLotsError,
  RedistributionTotalError,
} from '../../domain/errors.ts';
import {
  askRefusal,
  decideRedistribution,
  decideRedistributionRequest,
  decisionRefusal,
  type Share,
} from '../../domain/redistribution.ts';
import { throwIfRefused } from '../../domain/refusal.ts';
import { findLumpsum, replaceShares, storedShares } from '../../store/lumpsums.ts';
import {
  insertRedistributionRequest,
  recordRedistributionDecision,
  storedRedistribution,
} from '../../store/redistributions.ts';
import { builder, WRITE } from '../builder.ts';
import { RedistributionRequest, RedistributionStatus } from './types.ts';

const ShareInput = builder.inputType('RedistributionShareInput', {
  description: 'A share after the redistribution.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation.' }),
    amount: t.field({ type: 'Money', required: true, description: 'Its share, zero or more.' }),
  }),
});

const ClientCountInput = builder.inputType('RedistributionClientCountInput', {
  description: 'Evidence: clients in care per organisation.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation.' }),
    clients: t.int({ required: true, description: 'Clients in care (zero or more).' }),
  }),
});

const RequestRedistributionInput = builder.inputType('RequestRedistributionInput', {
  description: 'A joint redistribution request.',
  fields: (t) => ({
    lumpsumId: t.id({ required: true, description: 'The lumpsum.' }),
    requestedBy: t.idList({ required: true, description: 'Every provider holding a share of it.' }),
    shares: t.field({ type: [ShareInput], required: true, description: 'The shares asked for.' }),
    clientCounts: t.field({
      type: [ClientCountInput],
      required: true,
      description: 'Client counts of every provider.',
    }),
    motivation: t.string({ required: true, description: 'Why.' }),
  }),
});

const DecideRedistributionInput = builder.inputType('DecideRedistributionInput', {
  description: "The municipality's decision on a redistribution request.",
  fields: (t) => ({
    id: t.id({ required: true, description: 'The request.' }),
    version: t.int({ required: true, description: 'Its version, as you read it.' }),
    decision: t.field({
      type: RedistributionStatus,
      required: true,
      description: 'APPROVED, REJECTED or MODIFIED.',
    }),
    shares: t.field({ type: [ShareInput], description: 'The decided shares: required for MODIFIED.' }),
    note: t.string({ required: true, description: 'The reasoning.' }),
  }),
});

const toShares = (rows: readonly { organisationId: string | number; amount: bigint }[]): Share[] =>
  rows.map((r) => ({ organisationId: String(r.organisationId), amountCents: r.amount }));

builder.mutationFields((t) => ({
  requestRedistribution: t.field({
    type: RedistributionRequest,
    description:
      'Ask, jointly, to move money between the basis and the aanvullend (TO/DB) shares of their joint lumpsum. ' +
      'Refused on any other lumpsum (RedistributionLotsError), when one-sided or when the total changes.',
    authScopes: WRITE,
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        OneSidedRedistributionError,
        RedistributionTotalError,
        LumpsumDefinitiveError,
        RedistributionLotsError,
      ],
    },
    args: { input: t.arg({ type: RequestRedistributionInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const ask = {
        lumpsumId: String(input.lumpsumId),
        requestedBy: input.requestedBy.map(String),
        shares: toShares(input.shares),
        clientCounts: input.clientCounts.map((c) => ({ ...c, organisationId: String(c.organisationId) })),
        motivation: input.motivation,
      };
      throwIfRefused(askRefusal(ask));
      const lumpsum = await findLumpsum(db, ask.lumpsumId);
      const current = await storedShares(db, ask.lumpsumId);
      return insertRedistributionRequest(
        db,
        throwIfRefused(decideRedistributionRequest(lumpsum, current, ask)),
      );
    },
  }),
  decideRedistribution: t.field({
    type: RedistributionRequest,
    description:
      'The municipality approves, rejects or modifies a redistribution; approved or modified shares replace the old ones.',
    authScopes: { $all: { scope: 'budget:write', municipal: true } },
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        VersionConflictError,
        RedistributionTotalError,
        LumpsumDefinitiveError,
        RedistributionLotsError,
      ],
    },
    args: { input: t.arg({ type: DecideRedistributionInput, required: true, description: 'What to do.' }) },
    resolve: async (_root, { input }, { db }) => {
      const decision = { ...input, shares: input.shares && toShares(input.shares) };
      throwIfRefused(decisionRefusal(decision));
      return db.transaction(async (tx) => {
        const id = String(input.id);
        const request = await lockVersioned(
          tx,
          redistributionRequests,
          'RedistributionRequest',
          id,
          input.version,
        );
        // The lumpsum is locked too: its shares and version change with the decision.
        const lumpsum = await lockVersioned(tx, lumpsums, 'Lumpsum', request.lumpsumId, null);
        const current = await storedShares(tx, request.lumpsumId);
        const outcome = throwIfRefused(
          decideRedistribution(storedRedistribution(request), lumpsum, current, decision),
        );
        if (outcome.decidedShares) await replaceShares(tx, lumpsum, outcome.decidedShares);
        return recordRedistributionDecision(tx, id, outcome);
      });
    },
  }),
}));
