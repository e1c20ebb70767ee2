import { isUniqueViolation } from '@mienskip/kit/db';
import {
  NotFoundError,
  OwnerUnavailableError,
  ValidationError,
  VersionConflictError,
} from '@mienskip/kit/rules';
import { contextLoader, groupByIds } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import { and, inArray, isNull } from 'drizzle-orm';
import { coordinatorAssignments } from '../db/tables.ts';
import { regieHolder } from '../domain/caseworkers.ts';
import {
  CoordinatorAlreadyAssignedError,
  JeugdwetRegieMovedError,
  RuleViolationError,
  unlessRefused,
} from '../domain/errors.ts';
import { assignCoordinator, DEFAULT_REGIE_DOMAIN, reassignCoordinator } from '../domain/regie.ts';
import { regieDomainRefusal } from '../domain/youth-handover.ts';
import { visibilityOf } from '../lookups/caseloads.ts';
import { lookUpWorker } from '../lookups/workers.ts';
import { today } from '../store/clock.ts';
import { bumpHousehold, lockHousehold } from '../store/locking.ts';
import { activeAssignment, handOver, insertAssignment } from '../store/regie.ts';
import { builder, READ, WRITE } from './builder.ts';
import { Household } from './entities.ts';
import { RegieDomain } from './enums.ts';
import { WorkerRef } from './refs.ts';

const AssignCoordinatorInput = builder.inputType('AssignCoordinatorInput', {
  description: 'Give a household a regievoerder in a domain where it has none.',
  fields: (t) => ({
    householdId: t.id({ required: true, description: 'The household.' }),
    workerId: t.id({
      required: true,
      description: 'The worker (basis for WMO, Sociale Zaken for WERK_PARTICIPATIE).',
    }),
    domain: t.field({
      type: RegieDomain,
      description: 'The regie domain (default WMO); JEUGDWET is refused: it is the youth subgraph’s.',
    }),
    startedOn: t.field({ type: 'Date', description: 'Start of the assignment (default today).' }),
  }),
});

const ReassignCoordinatorInput = builder.inputType('ReassignCoordinatorInput', {
  description: 'Hand regie over: the active assignment ends on `on`, the new worker starts that day.',
  fields: (t) => ({
    householdId: t.id({ required: true, description: 'The household.' }),
    workerId: t.id({ required: true, description: 'The new regievoerder.' }),
    domain: t.field({
      type: RegieDomain,
      description: 'The regie domain (default WMO); JEUGDWET is refused: it is the youth subgraph’s.',
    }),
    on: t.field({ type: 'Date', description: 'Handover date (default today).' }),
    version: t.int({ required: true, description: 'The household version you read.' }),
  }),
});

builder.mutationFields((t) => ({
  assignCoordinator: t.field({
    type: Household,
    description:
      'Assign a regievoerder. One household, one regievoerder: refused with `CoordinatorAlreadyAssignedError` ' +
      'when the household already has an active one in the domain. Jeugdwet procesregie is refused with ' +
      '`JeugdwetRegieMovedError`: it is the process director of a youth case, in the youth subgraph.',
    authScopes: WRITE,
    errors: {
      types: [
        JeugdwetRegieMovedError,
        CoordinatorAlreadyAssignedError,
        RuleViolationError,
        NotFoundError,
        ValidationError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: AssignCoordinatorInput, required: true, description: 'The assignment.' }) },
    resolve: async (_root, { input }, context) => {
      const domain = input.domain ?? DEFAULT_REGIE_DOMAIN;
      // Refused before anything is looked up or stored (BR-CL15).
      unlessRefused(regieDomainRefusal(domain));
      const { householdId, workerId } = input;
      const holder = unlessRefused(regieHolder(domain, workerId, await lookUpWorker(context, workerId)));
      const organisationId = holder.organisation.id;
      const visibility = await visibilityOf(context);
      try {
        return await context.db.transaction(async (tx) => {
          await lockHousehold(tx, visibility, householdId);
          const active = await activeAssignment(tx, householdId, domain);
          const wanted = { householdId, workerId, organisationId, domain, startedOn: input.startedOn };
          await insertAssignment(tx, unlessRefused(assignCoordinator(active, wanted, today())));
          return bumpHousehold(tx, householdId);
        });
      } catch (error) {
        // The partial unique index is the last word when two assignments race.
        if (isUniqueViolation(error))
          throw new CoordinatorAlreadyAssignedError(householdId, 'another worker', domain);
        throw error;
      }
    },
  }),
  reassignCoordinator: t.field({
    type: Household,
    description:
      'Hand regie over to another worker: the active assignment ends on the handover date and the new one ' +
      'starts that day. Refused on a stale household version, and for Jeugdwet procesregie ' +
      '(`JeugdwetRegieMovedError`: the youth subgraph holds it).',
    authScopes: WRITE,
    errors: {
      types: [
        JeugdwetRegieMovedError,
        RuleViolationError,
        NotFoundError,
        ValidationError,
        VersionConflictError,
        OwnerUnavailableError,
      ],
    },
    args: { input: t.arg({ type: ReassignCoordinatorInput, required: true, description: 'The handover.' }) },
    resolve: async (_root, { input }, context) => {
      const domain = input.domain ?? DEFAULT_REGIE_DOMAIN;
      unlessRefused(regieDomainRefusal(domain));
      const { householdId, workerId } = input;
      const holder = unlessRefused(regieHolder(domain, workerId, await lookUpWorker(context, workerId)));
      const organisationId = holder.organisation.id;
      const visibility = await visibilityOf(context);
      return context.db.transaction(async (tx) => {
        await lockHousehold(tx, visibility, householdId, input.version);
        const active = await activeAssignment(tx, householdId, domain);
        const wanted = { householdId, workerId, organisationId, domain, on: input.on };
        await handOver(tx, unlessRefused(reassignCoordinator(active, wanted, today())));
        return bumpHousehold(tx, householdId);
      });
    },
  }),
}));

/** Open regie assignments per worker, one query for every worker asked. */
const coordinatedBy = contextLoader<SubgraphContext, string, { workerId: string; householdId: string }[]>(
  async (ids, { db }) => {
    const rows = await db
      .select({ workerId: coordinatorAssignments.workerId, householdId: coordinatorAssignments.householdId })
      .from(coordinatorAssignments)
      .where(and(inArray(coordinatorAssignments.workerId, [...ids]), isNull(coordinatorAssignments.endedOn)))
      .orderBy(coordinatorAssignments.householdId);
    return groupByIds(ids, rows, (row) => row.workerId);
  },
);

builder.objectField(WorkerRef, 'coordinatedHouseholds', (t) =>
  t.field({
    type: [Household],
    description: 'Households this worker holds regie over now (any domain) that the key may see.',
    authScopes: READ,
    resolve: async (worker, _a, context) => {
      const assignments = await coordinatedBy(context).load(worker.id);
      const loaded = await Household.getDataloader(context).loadMany(assignments.map((a) => a.householdId));
      return loaded.filter((h): h is Exclude<typeof h, Error> => !(h instanceof Error));
    },
  }),
);
