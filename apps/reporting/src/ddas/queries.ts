/**
 * The GraphQL operations of the DDAS delivery (BR-DB47). Each document is read in two steps, so that
 * personal data is read, and logged, only for the cases and signals that fall in the period:
 *
 * 1. a paged list of ids and the days that decide whether one falls in the period (no personal
 *    data: `debt:read` only);
 * 2. the chosen ones by id, at most `BATCH` a request (the gateway allows 15 aliases), with the
 *    clients' identifying data DDAS asks (the BSN only for its pseudonym; never the name).
 */

/** Ids a request of the second step asks at most (the gateway's alias limit is 15). */
export const BATCH = 15;

const CLIENT = 'id bsn dateOfBirth postcode address';

export const CASE_DAYS_QUERY = /* GraphQL */ `
  query DdasCaseDays($first: Int!, $after: String) {
    page: debtCases(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id registeredOn outflowOn } }
    }
  }
`;

const CASE_FIELDS = /* GraphQL */ `
  fragment DdasCase on DebtCase {
    id registeredOn firstConversationOn stabilisationOn solutionOn solutionKind aftercareOn
    outflowOn outflowReason
    clients { ${CLIENT} }
    crises { reportedOn handledOn }
    referrals { kind startedOn endedOn }
  }
`;

/** Newest received first: the list is read until a page reaches back before the period. */
export const SIGNAL_DAYS_QUERY = /* GraphQL */ `
  query DdasSignalDays($first: Int!, $after: String) {
    page: debtSignals(first: $first, after: $after, kind: VROEG) {
      pageInfo { hasNextPage endCursor }
      edges { node { id kind receivedOn } }
    }
  }
`;

const SIGNAL_FIELDS = /* GraphQL */ `
  fragment DdasSignal on DebtSignal {
    id kind partner signalledOn receivedOn arrears crisis status outcome pickedUpOn closedOn
    attempts { kind attemptedOn dayPart reached }
    client { ${CLIENT} }
  }
`;

/** One request of the second step: `n0: debtCase(id: $id0) { …DdasCase }` for each id. */
function byIds(operation: string, field: string, fragment: string, count: number): string {
  const name = fragment.match(/fragment (\w+)/)![1]!;
  const ids = Array.from({ length: count }, (_, i) => i);
  return `query ${operation}(${ids.map((i) => `$id${i}: ID!`).join(', ')}) {
  ${ids.map((i) => `n${i}: ${field}(id: $id${i}) { ...${name} }`).join('\n  ')}
}
${fragment}`;
}

export const casesByIdsQuery = (count: number) => byIds('DdasCases', 'debtCase', CASE_FIELDS, count);
export const signalsByIdsQuery = (count: number) => byIds('DdasSignals', 'debtSignal', SIGNAL_FIELDS, count);
