/** The GraphQL operations the integration tests run. */

const CASE_FIELDS =
  'id phase version registeredOn firstConversationOn withinFourWeeks outflowOn outflowReason';

export const OPEN = `mutation ($input: OpenDebtCaseInput!) {
  openDebtCase(input: $input) {
    __typename
    ... on DebtCase { ${CASE_FIELDS} household { id } registeredBy { id } }
    ... on Error { message }
    ... on OpenDebtCaseExistsError { clientId caseId }
  }
}`;

export const FIRST_CONVERSATION = `mutation ($input: RecordFirstConversationInput!) {
  recordFirstConversation(input: $input) { __typename ... on DebtCase { ${CASE_FIELDS} } ... on Error { message } }
}`;

export const ADVANCE = `mutation ($input: AdvanceDebtPhaseInput!) {
  advanceDebtPhase(input: $input) {
    __typename
    ... on DebtCase { ${CASE_FIELDS} solutionKind }
    ... on Error { message }
    ... on DebtPhaseBackwardsError { phase currentPhase }
    ... on DebtPhaseSkippedError { missingPhase }
  }
}`;

export const ASSESS = `mutation ($input: AssessDebtCaseInput!) {
  assessDebtCase(input: $input) { __typename ... on DebtCase { id severity complexity version } ... on Error { message } }
}`;

export const AFTERCARE = `mutation ($input: RecordAftercareOutcomeInput!) {
  recordAftercareOutcome(input: $input) { __typename ... on DebtCase { id aftercareOutcome version } ... on Error { message } }
}`;

export const CLOSE = `mutation ($input: CloseDebtCaseInput!) {
  closeDebtCase(input: $input) {
    __typename
    ... on DebtCase { ${CASE_FIELDS} }
    ... on Error { message }
    ... on DebtReferralOpenError { referralIds }
  }
}`;

export const REFER = `mutation ($input: ReferDebtCaseInput!) {
  referDebtCase(input: $input) {
    __typename
    ... on DebtReferral { id kind startedOn reviewOn endedOn overdue version organisation { id } }
    ... on Error { message }
  }
}`;

export const REVIEW = `mutation ($input: ReviewDebtReferralInput!) {
  reviewDebtReferral(input: $input) {
    __typename ... on DebtReferral { id reviewOn overdue version } ... on Error { message }
  }
}`;

export const END_REFERRAL = `mutation ($input: EndDebtReferralInput!) {
  endDebtReferral(input: $input) { __typename ... on DebtReferral { id endedOn version } ... on Error { message } }
}`;

export const ADVISE = `mutation ($input: RecordGuardianshipAdviceInput!) {
  recordGuardianshipAdvice(input: $input) { __typename ... on GuardianshipAdvice { id advice advisedOn } ... on Error { message } }
}`;

export const VOLUNTEER_ON = `mutation ($input: AssignDebtVolunteerInput!) {
  assignDebtVolunteer(input: $input) {
    __typename ... on DebtCaseVolunteer { id task worker { id } } ... on Error { message }
  }
}`;

export const CASE = `query ($id: ID!) {
  debtCase(id: $id) {
    ${CASE_FIELDS} severity complexity registeredBy { id } household { id }
    referrals { id kind endedOn overdue organisation { id } }
    guardianshipAdvices { id advice } volunteers { id task worker { id } }
  }
}`;

export type CaseView = {
  debtCase: {
    id: string;
    phase: string;
    version: number;
    registeredOn: string;
    firstConversationOn: string | null;
    withinFourWeeks: string;
    outflowOn: string | null;
    outflowReason: string | null;
    severity: string | null;
    complexity: string | null;
    registeredBy: { id: string } | null;
    household: { id: string } | null;
    referrals: {
      id: string;
      kind: string;
      endedOn: string | null;
      overdue: boolean;
      organisation: { id: string };
    }[];
    guardianshipAdvices: { id: string; advice: string }[];
    volunteers: { id: string; task: string; worker: { id: string } }[];
  } | null;
};

export type Payload = {
  __typename: string;
  id?: string;
  message?: string;
  version?: number;
  [key: string]: unknown;
};
