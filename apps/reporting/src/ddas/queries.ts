/**
 * The two GraphQL operations of the DDAS delivery, one per document, each paged through its
 * connection. They ask only what the documents need: the clients' personal fields are those DDAS
 * asks (the BSN only for its pseudonym), never the name.
 */

const CLIENT = 'id bsn dateOfBirth postcode address';

export const SCHULDHULPVERLENING_QUERY = /* GraphQL */ `
  query DdasSchuldhulpverlening($first: Int!, $after: String, $from: Date!, $to: Date!) {
    page: debtCases(first: $first, after: $after, runningFrom: $from, runningTo: $to) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id registeredOn firstConversationOn stabilisationOn solutionOn solutionKind aftercareOn
          outflowOn outflowReason
          clients { ${CLIENT} }
          crises { reportedOn handledOn }
          referrals { kind startedOn endedOn }
        }
      }
    }
  }
`;

export const VROEGSIGNALEN_QUERY = /* GraphQL */ `
  query DdasVroegsignalen($first: Int!, $after: String, $from: Date!, $to: Date!) {
    page: debtSignals(first: $first, after: $after, kind: VROEG, receivedFrom: $from, receivedTo: $to) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id kind partner signalledOn receivedOn arrears crisis status outcome pickedUpOn closedOn
          attempts { kind attemptedOn dayPart reached }
          client { ${CLIENT} }
        }
      }
    }
  }
`;
