import type { OrganisationKind } from '@mienskip/kit';

/**
 * The organisations of Leeuwarden's social domain from 2021 (../shared/domain/notes/seed-000.md,
 * seed-001.md), with the stable ids other subgraphs already use. AGB codes are not in the sources.
 */
export const ORGANISATIONS: readonly {
  id: string;
  name: string;
  kind: OrganisationKind;
  description: string;
}[] = [
  {
    id: 'org-gemeente-leeuwarden',
    name: 'Gemeente Leeuwarden',
    kind: 'MUNICIPALITY',
    description: 'Opdrachtgever: sets the lumpsums, decides (beschikt), holds the duty of care.',
  },
  {
    id: 'org-publieke-dienstverlening',
    name: 'Afdeling Publieke Dienstverlening',
    kind: 'MUNICIPALITY',
    description: 'Municipal department; access to household help throughout 2020.',
  },
  {
    id: 'org-sociale-zaken',
    name: 'Sociale Zaken',
    kind: 'MUNICIPALITY',
    description: 'Municipal department; regie on work and participation.',
  },
  {
    id: 'org-jet',
    name: 'Jeugd Expert Team (JET)',
    kind: 'MUNICIPALITY',
    description: 'Decides on Jeugdwet support and is procesregisseur for it.',
  },
  {
    id: 'org-amaryllis',
    name: 'Amaryllis',
    kind: 'PROVIDER',
    description: 'Basisondersteuning: social work and the drop-in in the rooms.',
  },
  {
    id: 'org-windkracht058',
    name: 'Windkracht058',
    kind: 'PROVIDER',
    description: 'Aanvullende ondersteuning: thuisondersteuning and dagbesteding, with kernpartners.',
  },
  {
    id: 'org-miep',
    name: 'M.I.E.P. Huishoudservice',
    kind: 'PROVIDER',
    description: 'Hulp bij het huishouden (half of the lot).',
  },
  {
    id: 'org-thfl',
    name: 'Thuiszorg Het Friese Land',
    kind: 'PROVIDER',
    description: 'Hulp bij het huishouden (half of the lot).',
  },
  {
    id: 'org-vol',
    name: 'Vrijwilligers Organisaties Leeuwarden (V-O-L)',
    kind: 'VOLUNTEER_ORGANISATION',
    description: 'Umbrella of volunteer organisations; strengthens the sociale basis.',
  },
  {
    id: 'org-buurtservicepunt',
    name: 'Buurtservicepunt',
    kind: 'VOLUNTEER_ORGANISATION',
    description: 'Present in the rooms with volunteer services.',
  },
  { id: 'org-mindup', name: 'MindUp', kind: 'PARTNER', description: 'Partner organisation.' },
  { id: 'org-ixta-noa', name: 'Ixta Noa', kind: 'PARTNER', description: 'Partner organisation.' },
  {
    id: 'org-veilig-thuis',
    name: 'Veilig Thuis',
    kind: 'PARTNER',
    description: 'Receives reports under the meldcode (domestic violence, child abuse).',
  },
];
