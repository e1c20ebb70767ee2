import type { AccessLogAction } from '@mienskip/kit/access-log';
import type { OrganisationKind } from '@mienskip/kit/rules';
import type { LogEntry } from '../db/read.ts';
import { builder } from './builder.ts';
import { OrganisationRef } from './organisation.ts';

export const AccessAction = builder.enumType('AccessAction', {
  description: 'What was done with the personal data (handeling, NEN 7513).',
  values: {
    READ: { description: 'Inzage: the data was read.' },
    WRITE: { description: 'Wijziging: the data was created or changed.' },
  } satisfies Record<AccessLogAction, { description: string }>,
});

// Budget defines the same enum (an API key's organisation kind); composition needs identical values.
const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  description: 'What kind of organisation (soort organisatie); an API key belongs to one of these.',
  values: {
    MUNICIPALITY: {
      description:
        "Gemeente: the municipality's back office (the Wmo department and other departments that decide): sees every row and alone issues Wmo beschikkingen.",
    },
    MUNICIPAL_TEAM: {
      description:
        'Municipal team with a task of its own (the JET, Sociale Zaken): sees its own rows and the households where it holds regie; no municipal rights.',
    },
    PROVIDER: {
      description: 'Zorgaanbieder: provider paid by lumpsum (basis, aanvullend, hulp bij het huishouden).',
    },
    VOLUNTEER_ORGANISATION: { description: 'Vrijwilligersorganisatie of the sociale basis.' },
    PARTNER: { description: 'Partner organisation (debt help, Veilig Thuis, …).' },
  } satisfies Record<OrganisationKind, { description: string }>,
});

export const AccessLogEntry = builder.objectRef<LogEntry>('AccessLogEntry').implement({
  description:
    'Logregel in the Logboek dataverwerkingen (NEN 7513): one access to one client’s personal data in one ' +
    'request: who, on behalf of which organisation, why, what, when. Entries are never changed or removed.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sequence number of the entry in the log.' }),
    at: t.field({
      type: 'DateTime',
      description: 'Tijdstip: when the entry was written, at the end of the request.',
      resolve: (entry) => entry.at,
    }),
    requestId: t.exposeString('requestId', {
      description: 'The request (x-request-id) that made the access; the same in the gateway’s logs.',
    }),
    keyId: t.exposeString('keyId', { description: 'Gebruiker: the API key that made the request.' }),
    organisationId: t.exposeID('organisationId', {
      description: 'Verantwoordelijke: the organisation on whose behalf the key asked.',
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation on whose behalf the key asked (resolved by the budget subgraph).',
      resolve: (entry) => ({ id: entry.organisationId }),
    }),
    organisationKind: t.field({
      type: OrganisationKindEnum,
      description: 'What kind of organisation it was when the access was made.',
      // Written from a verified token, whose kind is always one of ORGANISATION_KINDS.
      resolve: (entry) => entry.organisationKind as OrganisationKind,
    }),
    purpose: t.exposeString('purpose', {
      nullable: true,
      description:
        'Doelbinding: the purpose the caller stated in `x-mienskip-purpose`; null when none was stated.',
    }),
    source: t.exposeString('source', {
      description: 'The subgraph that read or wrote the data (e.g. `clients`) and appended the entry.',
    }),
    action: t.expose('action', { type: AccessAction, description: 'Read or written.' }),
    fields: t.exposeStringList('fields', {
      description: 'Gegevens: the fields that were read or written, each once, sorted.',
    }),
  }),
});

export const AccessLogEntryConnection = builder.connectionObject(
  {
    type: AccessLogEntry,
    name: 'AccessLogEntryConnection',
    description: 'A page of the access log, newest first.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many entries the caller may see in all (not only on this page).',
        resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  { name: 'AccessLogEntryEdge', description: 'An access-log entry on a page, with its cursor.' },
);
