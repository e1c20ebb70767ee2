import {
  type AccessLogSink,
  type CallerOptions,
  type StandInOwner,
  startAccessLogSink,
  startTestSubgraph,
  type TestSubgraph,
} from '@mienskip/testing';
import { expect } from 'vitest';
import { clients } from '../src/index.ts';
import { startLocationsStandIn } from './workers.ts';

export interface ClientsUnderTest {
  subgraph: TestSubgraph;
  log: AccessLogSink;
  /** Answers clients' look-ups of workers, as locations would. */
  locations: StandInOwner;
  /** Runs an operation, fails the test on GraphQL errors, returns `data`. */
  data<T>(query: string, variables?: Record<string, unknown>, caller?: CallerOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * The clients subgraph on a database of its own, appending its access log to an in-memory sink and
 * looking workers up in a stand-in locations.
 */
export async function startClients(): Promise<ClientsUnderTest> {
  const [log, locations] = await Promise.all([startAccessLogSink(), startLocationsStandIn()]);
  const subgraph = await startTestSubgraph(clients, {
    accessLogUrl: log.url,
    ownerUrls: { locations: locations.url },
  });
  return {
    subgraph,
    log,
    locations,
    async data<T>(query: string, variables?: Record<string, unknown>, caller?: CallerOptions) {
      const response = await subgraph.query<T>(query, {
        ...(variables && { variables }),
        ...(caller && { caller }),
      });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    },
    close: async () => {
      await subgraph.close();
      await Promise.all([log.close(), locations.close()]);
    },
  };
}

/** A valid BSN (11-proef) that the synthetic seed does not use: 9xxxxxxx range, derived from n. */
export function freshBsn(n: number): string {
  for (let candidate = 900_000_000 + n * 97; ; candidate++) {
    const digits = String(candidate);
    const sum =
      [...digits.slice(0, 8)].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0) - Number(digits[8]);
    if (sum % 11 === 0) return digits;
  }
}

export const REGISTER = `mutation ($input: RegisterClientInput!) {
  registerClient(input: $input) {
    __typename
    ... on Client { id household { id version } }
    ... on Error { message }
    ... on ValidationError { field }
    ... on DuplicateBsnError { field }
  }
}`;

/** A provider key: Windkracht058 (aanvullend), every scope but municipal rights. */
export const WINDKRACHT: CallerOptions = {
  organisationId: 'org-windkracht058',
  organisationKind: 'PROVIDER',
};
export const MIEP: CallerOptions = { organisationId: 'org-miep', organisationKind: 'PROVIDER' };
