/** The GraphQL operations the integration tests run. */

export const OPEN = `mutation ($input: OpenYouthCaseInput!) {
  openYouthCase(input: $input) {
    __typename
    ... on YouthCase { id route version openedOn }
    ... on Error { message }
    ... on ChildNotInHouseholdError { childId }
  }
}`;

export const CONSULT = `mutation ($input: RecordJetConsultationInput!) {
  recordJetConsultation(input: $input) {
    __typename
    ... on JetConsultation { id consultedOn expertOrganisation { id } }
    ... on Error { message }
  }
}`;

export const DECIDE = `mutation ($input: RecordJetDecisionInput!) {
  recordJetDecision(input: $input) {
    __typename
    ... on JetDecision { id route youthCase { id route version processDirector { id } } }
    ... on Error { message }
  }
}`;

export const APPOINT = `mutation ($input: AppointProcessDirectorInput!) {
  appointProcessDirector(input: $input) {
    __typename
    ... on YouthCase { id version processDirector { id } }
    ... on Error { message }
  }
}`;

export const REFER = `mutation ($input: ReferToYouthCareInput!) {
  referToYouthCare(input: $input) {
    __typename
    ... on YouthReferral { id referredOn consultationId organisation { id } }
    ... on Error { message }
  }
}`;

export const END_REFERRAL = `mutation ($input: EndYouthReferralInput!) {
  endYouthReferral(input: $input) {
    __typename
    ... on YouthReferral { id endedOn }
    ... on Error { message }
  }
}`;

export const AGREE = `mutation ($input: AgreeCombinedRegieInput!) {
  agreeCombinedRegie(input: $input) {
    __typename
    ... on CombinedRegieAgreement { id lead agreedOn wmoRegievoerder { id } processDirector { id } }
    ... on Error { message }
  }
}`;

export const START_LIGHT = `mutation ($input: StartLightParentingSupportInput!) {
  startLightParentingSupport(input: $input) {
    __typename
    ... on LightParentingSupport { id goals startedOn organisation { id } version }
    ... on Error { message }
  }
}`;

export const END_LIGHT = `mutation ($input: EndLightParentingSupportInput!) {
  endLightParentingSupport(input: $input) {
    __typename
    ... on LightParentingSupport { id endedOn version }
    ... on Error { message }
  }
}`;

export const CLOSE = `mutation ($input: CloseYouthCaseInput!) {
  closeYouthCase(input: $input) {
    __typename
    ... on YouthCase { id closedOn closeReason version }
    ... on Error { message }
  }
}`;

export const CASE = `query ($id: ID!) {
  youthCase(id: $id) {
    id route version closedOn processDirector { id } openedBy { id }
    consultations { id } decisions { id route } referrals { id endedOn organisation { id } }
    lightSupport { id endedOn version } combinedRegie { id lead }
  }
}`;

export type CaseView = {
  youthCase: {
    id: string;
    route: string;
    version: number;
    closedOn: string | null;
    processDirector: { id: string } | null;
    openedBy: { id: string } | null;
    consultations: { id: string }[];
    decisions: { id: string; route: string }[];
    referrals: { id: string; endedOn: string | null; organisation: { id: string } }[];
    lightSupport: { id: string; endedOn: string | null; version: number }[];
    combinedRegie: { id: string; lead: string } | null;
  } | null;
};

export type Payload = { __typename: string; id?: string; message?: string; [key: string]: unknown };
