/**
 * The nine main buurt- and dorpskamers and their areas, from the council letter on the Wmo
 * implementation (Leeuwarden, late November 2020). Ids are stable and readable: other subgraphs
 * refer to them.
 *
 * The populations are SYNTHETIC: the sources give no inhabitants per area, so the seed invents
 * plausible round figures (together less than the municipality, which has more areas than these eight).
 */
export const AREAS = [
  { id: 'area-dorpen-zuid', name: 'Dorpen zuid', kind: 'GEBIED', population: 14000 },
  { id: 'area-zuid', name: 'Zuid', kind: 'WIJK', population: 16500 },
  { id: 'area-oud-oost', name: 'Oud-Oost', kind: 'WIJK', population: 9500 },
  { id: 'area-centrum-oost', name: 'Centrum-Oost', kind: 'WIJK', population: 11000 },
  { id: 'area-noord', name: 'Noord', kind: 'WIJK', population: 12500 },
  { id: 'area-noord-oost', name: 'Noord-Oost', kind: 'WIJK', population: 15000 },
  { id: 'area-stiens', name: 'Stiens', kind: 'DORP', population: 8000 },
  { id: 'area-west', name: 'West', kind: 'WIJK', population: 13500 },
] as const;

/**
 * Inhabitants of the whole municipality: a SYNTHETIC round figure (of the order of the municipality's
 * size around 2021), not a source figure. Readers compute figures per 10,000 inhabitants from it.
 */
export const MUNICIPALITY = { name: 'Leeuwarden', population: 124000 } as const;

/** Organisation ids owned by the budget subgraph; locations refers to them by key only. */
export const ORGANISATION_IDS = {
  amaryllis: 'org-amaryllis',
  socialeZaken: 'org-sociale-zaken',
} as const;

/** The first week of the new system (Monday 4 January 2021): the seeded roster's week. */
export const SEED_WEEK = '2021-01-04';

export const ROOMS = [
  {
    id: 'room-kringloopwinkel-grou',
    name: 'Kringloopwinkel Grou',
    areaId: 'area-dorpen-zuid',
    buildingType: 'SHOP',
    status: 'IN_NEGOTIATION',
    statusNote: 'Agreements nearly done (late November 2020).',
    address: 'Grou',
  },
  {
    id: 'room-oude-ambachtsschool',
    name: 'Oude Ambachtsschool',
    areaId: 'area-zuid',
    buildingType: 'FORMER_SCHOOL',
    status: 'IN_NEGOTIATION',
    statusNote: 'Agreements nearly done (late November 2020).',
    address: 'Cornelis Trooststraat, Leeuwarden',
  },
  {
    id: 'room-de-klomp',
    name: 'Netwerkcentrum de Klomp',
    areaId: 'area-oud-oost',
    buildingType: 'COMMUNITY_CENTRE',
    status: 'IN_NEGOTIATION',
    statusNote: 'Agreements nearly done (late November 2020).',
    address: 'Leeuwarden',
  },
  {
    id: 'room-het-knooppunt',
    name: 'Wijkcentrum het Knooppunt',
    areaId: 'area-centrum-oost',
    buildingType: 'COMMUNITY_CENTRE',
    status: 'IN_NEGOTIATION',
    statusNote: 'Agreements nearly done (late November 2020).',
    address: 'Leeuwarden',
  },
  {
    id: 'room-bilgaard',
    name: 'Wijkcentrum Bilgaard',
    areaId: 'area-noord',
    buildingType: 'COMMUNITY_CENTRE',
    status: 'IN_NEGOTIATION',
    statusNote: 'In negotiation, aiming to finish in November 2020.',
    address: 'Leeuwarden',
  },
  {
    id: 'room-heechterp-schieringen',
    name: 'Wijkcentrum Heechterp Schieringen',
    areaId: 'area-noord-oost',
    buildingType: 'COMMUNITY_CENTRE',
    status: 'IN_NEGOTIATION',
    statusNote: null,
    address: 'Leeuwarden',
  },
  {
    id: 'room-de-wjukken',
    name: 'MFC de Wjukken',
    areaId: 'area-dorpen-zuid',
    buildingType: 'COMMUNITY_CENTRE',
    status: 'IN_NEGOTIATION',
    statusNote: null,
    address: 'Mantgum',
  },
  {
    id: 'room-de-skalm',
    name: 'De Skalm',
    areaId: 'area-stiens',
    buildingType: 'DROP_IN_LOCATION',
    status: 'OPEN',
    statusNote: "Drop-in organised from Amaryllis's current drop-in place.",
    address: 'Stiens',
  },
  {
    id: 'room-westenkwartier',
    name: 'MFC Westenkwartier',
    areaId: 'area-west',
    buildingType: 'COMMUNITY_CENTRE',
    status: 'OPEN_MORNINGS_ONLY',
    statusNote: 'Open mornings only; an afternoon place is being sought.',
    address: 'Leeuwarden',
  },
] as const;
