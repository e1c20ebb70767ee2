import type { PublishedCount as Count } from '@mienskip/kit/rules';
import { builder, PublishedCount } from '../builder.ts';
import {
  ComplaintLevel,
  ComplaintStatus,
  DecisionOutcome,
  DeliveryForm,
  EndReason,
  HousingLinkStatus,
  ObjectionOutcome,
  Pillar,
  ProvisionType,
  RequestOutcome,
  SupportKind,
  TransitionStatus,
} from '../enums.ts';

/** The rows of the lists of `ClientStatistics`: a group and its published count. */

export const PillarKindCount = builder
  .objectRef<{ pillar: string; kind: string; clients: Count }>('PillarKindCount')
  .implement({
    description: 'Residents with support of one kind in one pillar during the period.',
    fields: (t) => ({
      pillar: t.field({
        type: Pillar,
        description: 'Ondersteuningspijler.',
        resolve: (r) => r.pillar as never,
      }),
      kind: t.field({
        type: SupportKind,
        description: 'Ondersteuningssoort.',
        resolve: (r) => r.kind as never,
      }),
      clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
    }),
  });

export const PillarCount = builder.objectRef<{ pillar: string; clients: Count }>('PillarCount').implement({
  description: 'Residents with support in one pillar during the period.',
  fields: (t) => ({
    pillar: t.field({
      type: Pillar,
      description: 'Ondersteuningspijler.',
      resolve: (r) => r.pillar as never,
    }),
    clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
  }),
});

export const ProvisionTypeCount = builder
  .objectRef<{ provisionType: string; clients: Count }>('ProvisionTypeCount')
  .implement({
    description:
      'Residents with support of one provision type (algemene voorziening or maatwerkvoorziening) during the period.',
    fields: (t) => ({
      provisionType: t.field({
        type: ProvisionType,
        description: 'Voorzieningtype.',
        resolve: (r) => r.provisionType as never,
      }),
      clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
    }),
  });

export const DeliveryFormCount = builder
  .objectRef<{ form: string; clients: Count }>('DeliveryFormCount')
  .implement({
    description: 'Residents with maatwerk in one delivery form (ZIN or PGB) during the period.',
    fields: (t) => ({
      form: t.field({ type: DeliveryForm, description: 'ZIN or PGB.', resolve: (r) => r.form as never }),
      clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
    }),
  });

export const EndReasonCount = builder
  .objectRef<{ reason: string; engagements: Count }>('EndReasonCount')
  .implement({
    description: 'Engagements ended in the period with one reason of ending (the stopbericht).',
    fields: (t) => ({
      reason: t.field({
        type: EndReason,
        description: 'Reden beëindiging; an end recorded without a reason counts as OTHER.',
        resolve: (r) => r.reason as never,
      }),
      engagements: t.field({
        type: PublishedCount,
        description: 'Engagements.',
        resolve: (r) => r.engagements,
      }),
    }),
  });

export const OutcomeCount = builder
  .objectRef<{ outcome: string | null; requests: Count }>('RequestOutcomeCount')
  .implement({
    description: 'Support requests received in the period, by assessment outcome.',
    fields: (t) => ({
      outcome: t.field({
        type: RequestOutcome,
        nullable: true,
        description: 'The outcome; null for requests not yet assessed.',
        resolve: (r) => r.outcome as never,
      }),
      requests: t.field({ type: PublishedCount, description: 'Requests.', resolve: (r) => r.requests }),
    }),
  });

export const DecisionCount = builder
  .objectRef<{ outcome: string; decisions: Count }>('DecisionOutcomeCount')
  .implement({
    description: 'Beschikkingen issued in the period, by outcome.',
    fields: (t) => ({
      outcome: t.field({
        type: DecisionOutcome,
        description: 'Granted or refused.',
        resolve: (r) => r.outcome as never,
      }),
      decisions: t.field({ type: PublishedCount, description: 'Decisions.', resolve: (r) => r.decisions }),
    }),
  });

export const ObjectionOutcomeCount = builder
  .objectRef<{ outcome: string | null; objections: Count }>('ObjectionOutcomeCount')
  .implement({
    description: 'Bezwaren filed in the period, by the beslissing op bezwaar they have now.',
    fields: (t) => ({
      outcome: t.field({
        type: ObjectionOutcome,
        nullable: true,
        description: 'The beslissing op bezwaar; null for bezwaren not decided yet.',
        resolve: (r) => r.outcome as never,
      }),
      objections: t.field({
        type: PublishedCount,
        description: 'Bezwaren.',
        resolve: (r) => r.objections,
      }),
    }),
  });

export const TransitionCount = builder
  .objectRef<{ status: string; clients: Count }>('TransitionStatusCount')
  .implement({
    description:
      'Residents with a transition interview in one state as it stood on the last day of the period (an interview ' +
      'held after that day counts as not yet held; planning and handover carry no date and count as recorded).',
    fields: (t) => ({
      status: t.field({
        type: TransitionStatus,
        description: 'The state.',
        resolve: (r) => r.status as never,
      }),
      clients: t.field({ type: PublishedCount, description: 'Residents.', resolve: (r) => r.clients }),
    }),
  });

export const ComplaintCount = builder
  .objectRef<{ level: string; complaints: Count }>('ComplaintLevelCount')
  .implement({
    description: 'Complaints raised in the period, by the rung they are at now.',
    fields: (t) => ({
      level: t.field({ type: ComplaintLevel, description: 'The rung.', resolve: (r) => r.level as never }),
      complaints: t.field({ type: PublishedCount, description: 'Complaints.', resolve: (r) => r.complaints }),
    }),
  });

export const ComplaintStatusCount = builder
  .objectRef<{ status: string; complaints: Count }>('ComplaintStatusCount')
  .implement({
    description: 'Klachten raised in the period, by the status they have now.',
    fields: (t) => ({
      status: t.field({
        type: ComplaintStatus,
        description: 'Open or resolved.',
        resolve: (r) => r.status as never,
      }),
      complaints: t.field({ type: PublishedCount, description: 'Klachten.', resolve: (r) => r.complaints }),
    }),
  });

export const HousingLinkStatusCount = builder
  .objectRef<{ status: string; links: Count }>('HousingLinkStatusCount')
  .implement({
    description:
      'Housing links with a care provider (koppeling wonen en zorg) in one status as it stood on the last day of ' +
      'the period: solved when untied on or before that day, open otherwise.',
    fields: (t) => ({
      status: t.field({
        type: HousingLinkStatus,
        description: 'Open or solved on the last day of the period.',
        resolve: (r) => r.status as never,
      }),
      links: t.field({ type: PublishedCount, description: 'Housing links.', resolve: (r) => r.links }),
    }),
  });

export const WaitingTime = builder
  .objectRef<{ measured: Count; averageDays: number | null }>('WaitingTime')
  .implement({
    description: 'Wachttijd: days from the referral to the start of the aanvullend engagement it led to.',
    fields: (t) => ({
      measured: t.field({
        type: PublishedCount,
        description: 'Engagements measured (started in the period).',
        resolve: (w) => w.measured,
      }),
      averageDays: t.float({
        nullable: true,
        description: 'Average days; null when the number measured is secret under the CBS rule.',
        resolve: (w) => w.averageDays,
      }),
    }),
  });
