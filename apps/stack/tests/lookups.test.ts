import type { TestGateway } from '@mienskip/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './graph.ts';

// Facts one subgraph needs from another, looked up in the owner: who may hold regie is decided by
// clients over the worker's role and organisation as the real locations subgraph tells them.
let graph: TestGraph;
let gateway: TestGateway;
beforeAll(async () => {
  graph = await startGraph();
  ({ gateway } = graph);
});
afterAll(() => graph?.close());

type Payload = { __typename: string; [field: string]: unknown };

async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await gateway.query<T>(query, { variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

/** A worker registered in locations now: clients has never seen its id. */
async function newWorker(role: string, organisationId: string): Promise<string> {
  const { createWorker } = await data<{ createWorker: { id: string } }>(
    `mutation ($input: CreateWorkerInput!) { createWorker(input: $input) { ... on Worker { id } } }`,
    { input: { name: `Test ${role}`, role, organisationId } },
  );
  return createWorker.id;
}

async function newHousehold(bsn = '999943595'): Promise<string> {
  const { registerClient } = await data<{ registerClient: { household: { id: string } } }>(
    `mutation ($input: RegisterClientInput!) {
      registerClient(input: $input) { ... on Client { household { id } } }
    }`,
    // A BSN that passes the 11-proef and that the seed does not use.
    { input: { bsn, name: 'Test Persoon', dateOfBirth: '1980-01-01', areaId: 'area-noord' } },
  );
  return registerClient.household.id;
}

async function assign(householdId: string, workerId: string, domain = 'WMO'): Promise<Payload> {
  const { assignCoordinator } = await data<{ assignCoordinator: Payload }>(
    `mutation ($input: AssignCoordinatorInput!) {
      assignCoordinator(input: $input) {
        __typename
        ... on Household { coordinator { worker { id role organisation { id } } } }
        ... on RuleViolationError { field message }
        ... on NotFoundError { entity id }
      }
    }`,
    { input: { householdId, workerId, domain } },
  );
  return assignCoordinator;
}

describe('regie assigned on the facts of the real locations subgraph', () => {
  it('refuses a worker of the wrong role and assigns one of the right role, both new to clients', async () => {
    const householdId = await newHousehold();
    const volunteer = await newWorker('VRIJWILLIGER', 'org-vol');
    const jetMember = await newWorker('JET_LID', 'org-jet');
    const sociaalWerker = await newWorker('SOCIAAL_WERKER', 'org-amaryllis');

    expect(await assign(householdId, volunteer)).toEqual({
      __typename: 'NotFoundError',
      entity: 'Caseworker',
      id: volunteer,
    });
    expect(await assign(householdId, jetMember)).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'workerId',
    });
    expect(await assign(householdId, 'worker-unknown-to-locations')).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(await assign(householdId, sociaalWerker)).toEqual({
      __typename: 'Household',
      coordinator: {
        worker: { id: sociaalWerker, role: 'SOCIAAL_WERKER', organisation: { id: 'org-amaryllis' } },
      },
    });
    // Jeugdwet procesregie is youth's (a youth case's process director, BR-CL15), never a clients regie.
    expect(await assign(householdId, jetMember, 'JEUGDWET')).toMatchObject({
      __typename: 'JeugdwetRegieMovedError',
    });
  });

  it('refuses a sociaal werker of an organisation that does not hold the basisondersteuning lot in budget (BR-A14)', async () => {
    const householdId = await newHousehold('999943522');
    const elsewhere = await newWorker('SOCIAAL_WERKER', 'org-windkracht058');
    expect(await assign(householdId, elsewhere)).toMatchObject({
      __typename: 'RuleViolationError',
      field: 'workerId',
      message: expect.stringMatching(/basisondersteuning lot/),
    });
    const consulent = await newWorker('CONSULENT_SOCIALE_ZAKEN', 'org-sociale-zaken');
    expect(await assign(householdId, consulent, 'WERK_PARTICIPATIE')).toMatchObject({
      __typename: 'Household',
    });
  });
});
