import { expect } from 'vitest';
import { type ClientsUnderTest, freshBsn, REGISTER } from './helpers.ts';

type Payload = { __typename: string; id: string; message?: string; field?: string };

export const START = `mutation ($input: StartEngagementInput!) {
  startEngagement(input: $input) {
    __typename
    ... on SupportEngagement { id version deliveryForm provider { id } }
    ... on Error { message }
    ... on ValidationError { field }
    ... on RuleViolationError { field }
  }
}`;

export async function register(
  graph: ClientsUnderTest,
  n: number,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { registerClient } = await graph.data<{ registerClient: Payload }>(REGISTER, {
    input: {
      bsn: freshBsn(n),
      name: `Inwoner ${n}`,
      dateOfBirth: '1985-04-04',
      areaId: 'area-oud-oost',
      ...extra,
    },
  });
  expect(registerClient.__typename).toBe('Client');
  return registerClient.id;
}

export async function referral(
  graph: ClientsUnderTest,
  clientId: string,
  workerId = 'worker-00001',
): Promise<Payload> {
  const { issueReferral } = await graph.data<{ issueReferral: Payload }>(
    `mutation ($input: IssueReferralInput!) { issueReferral(input: $input) { __typename ... on Referral { id } ... on Error { message } ... on ValidationError { field } ... on RuleViolationError { field } } }`,
    { input: { clientId, workerId, kind: 'THUISONDERSTEUNING', issuedOn: '2021-02-01' } },
  );
  return issueReferral;
}

export async function decision(
  graph: ClientsUnderTest,
  clientId: string,
  outcome = 'GRANTED',
): Promise<Payload> {
  const { issueDecision } = await graph.data<{ issueDecision: Payload }>(
    `mutation ($input: IssueDecisionInput!) { issueDecision(input: $input) { __typename ... on Decision { id } ... on Error { message } } }`,
    {
      input: {
        clientId,
        kind: 'HULP_BIJ_HET_HUISHOUDEN',
        outcome,
        adviceByOrganisationId: 'org-amaryllis',
        adviceSummary: 'Hulp bij het huishouden nodig, 3 uur per week.',
        issuedOn: '2021-01-20',
        validFrom: '2021-02-01',
        validTo: '2022-01-31',
      },
    },
  );
  return issueDecision;
}

export async function start(graph: ClientsUnderTest, input: Record<string, unknown>): Promise<Payload> {
  return (await graph.data<{ startEngagement: Payload }>(START, { input })).startEngagement;
}
