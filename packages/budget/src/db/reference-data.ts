import type { OrganisationKind } from '@mienskip/kit/rules';
import type { Lot } from '../domain/lots.ts';
import type { MutationKind } from '../domain/lumpsum.ts';

/**
 * The organisations of Leeuwarden's social domain from 2021 (*Uitvoeringsplan*, *council letter
 * 2020*), with the stable ids other subgraphs already use. AGB codes are not in the sources.
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
    kind: 'MUNICIPAL_TEAM',
    description: 'Municipal department; regie on work and participation.',
  },
  {
    id: 'org-jet',
    name: 'Jeugd Expert Team (JET)',
    kind: 'MUNICIPAL_TEAM',
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
  // The youth partners of the basis (Uitvoeringsplan §4.4; Alliantie note, "Samenwerkingspartners").
  // Where the sources name a kind of organisation and not one organisation, the name says so.
  {
    id: 'org-raad-kinderbescherming',
    name: 'Raad voor de Kinderbescherming',
    kind: 'PARTNER',
    description: 'Receives a Verzoek tot Onderzoek; holds the jeugdbeschermingstafel.',
  },
  {
    id: 'org-gecertificeerde-instelling',
    name: 'Gecertificeerde instelling (jeugdbescherming)',
    kind: 'PARTNER',
    description:
      'A certified institution for child protection; the sources name the kind, not the organisation. ' +
      'The basis works with it to step down from the compulsory to the voluntary frame.',
  },
  {
    id: 'org-ggd-opvoedpunt',
    name: 'GGD: Opvoedpunt en jeugdgezondheidszorg',
    kind: 'PARTNER',
    description: 'Youth health care and the Opvoedpunt; a partner of the basis on youth.',
  },
  {
    id: 'org-steunstructuur',
    name: 'Steunstructuur 0-12 en 12+',
    kind: 'PARTNER',
    description: 'The youth support structure for under-12s and over-12s; a partner of the basis.',
  },
  {
    id: 'org-jeugdhulpaanbieder',
    name: 'Aanbieder van (specialistische) jeugdhulp',
    kind: 'PROVIDER',
    description:
      'A provider of (specialist) youth care under the Jeugdwet, bought through Sociaal Domein Fryslân; ' +
      'the sources name the kind, not the organisation.',
  },
  // The third parties of debt assistance (Uitvoeringsplan §4.3: "inkomensbeheer,
  // beschermingsbewind, curatieve schuldhulpverlening dat door derden wordt geboden"); the sources
  // name the kinds, not the organisations.
  {
    id: 'org-curatieve-schuldhulp',
    name: 'Aanbieder van curatieve schuldhulpverlening',
    kind: 'PARTNER',
    description:
      'A third party for curative debt help (schuldregeling); the sources name the kind, not the organisation.',
  },
  {
    id: 'org-budgetbeheer',
    name: 'Aanbieder van budget- en inkomensbeheer',
    kind: 'PARTNER',
    description:
      'A third party for budget and income management; the sources name the kind, not the organisation.',
  },
  {
    id: 'org-beschermingsbewind',
    name: 'Beschermingsbewindvoerder',
    kind: 'PARTNER',
    description:
      'A protective administrator appointed by the kantonrechter; the sources name the kind, not the organisation.',
  },
  {
    id: 'org-sociaal-domein-fryslan',
    name: 'Sociaal Domein Fryslân (SDF)',
    kind: 'PARTNER',
    description:
      'Regional cooperation that buys individual youth maatwerk; access goes through the municipality.',
  },
];

/** Main contracts from 1 January 2021 (council letter, late November 2020). */
export const CONTRACTS = [
  { id: 'contract-2021-basis-amaryllis', lot: 'BASISONDERSTEUNING', organisationId: 'org-amaryllis' },
  {
    id: 'contract-2021-todb-windkracht058',
    lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING',
    organisationId: 'org-windkracht058',
  },
  { id: 'contract-2021-hbh-miep', lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 'org-miep' },
  { id: 'contract-2021-hbh-thfl', lot: 'HULP_BIJ_HUISHOUDEN', organisationId: 'org-thfl' },
] as const;

const LETTER = 'Council letter on the Wmo implementation, late November 2020 (stand 1 November 2020).';

/** The two 2021 lumpsums, line by line, in euro cents (*council letter 2020*, "Lumpsum 2021"). */
interface SeedLumpsum {
  id: string;
  title: string;
  lots: Lot[];
  decidedCents: bigint;
  baseCents: bigint;
  lines: { kind: MutationKind; amountCents: bigint; explanation: string }[];
  shares: { organisationId: string; amountCents: bigint }[];
}

export const LUMPSUMS_2021 = (<SeedLumpsum[]>[
  {
    id: 'lumpsum-2021-hbh',
    title: 'Hulp bij het huishouden 2021',
    lots: ['HULP_BIJ_HUISHOUDEN'],
    decidedCents: 1_023_052_500n,
    baseCents: 832_689_000n,
    lines: [
      {
        kind: 'PRICE_INDEX',
        amountCents: 51_051_600n,
        explanation: 'Price index 2020 and 2021 (per tender guide).',
      },
      {
        kind: 'AUTONOMOUS_GROWTH',
        amountCents: 37_239_600n,
        explanation: 'Autonomous growth 2019 and 2020 (per tender guide).',
      },
      {
        kind: 'DRAW_EFFECT_SUBSCRIPTION_RATE',
        amountCents: 80_154_800n,
        explanation: 'Draw effect (aanzuigende werking) of the abonnementstarief in 2019.',
      },
      {
        kind: 'PGB_ZIN_SHIFT',
        amountCents: 21_917_500n,
        explanation: 'Shift from PGB to ZIN (per tender guide).',
      },
    ],
    // Equal parts: THFL and M.I.E.P. get half each.
    shares: [
      { organisationId: 'org-miep', amountCents: 511_526_250n },
      { organisationId: 'org-thfl', amountCents: 511_526_250n },
    ],
  },
  {
    id: 'lumpsum-2021-todb',
    title: 'Basis + aanvullend thuisondersteuning en dagbesteding 2021',
    lots: ['BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING'],
    decidedCents: 2_584_493_800n,
    baseCents: 2_461_416_900n,
    lines: [
      {
        kind: 'PRICE_INDEX',
        amountCents: 83_945_200n,
        explanation: 'Price index 2020 and provisional index 2021.',
      },
      {
        kind: 'AUTONOMOUS_GROWTH',
        amountCents: 22_416_800n,
        explanation: 'Autonomous growth 2020 and 2021.',
      },
      { kind: 'JET_ADJUSTMENT', amountCents: -28_957_100n, explanation: 'Adjustment JET.' },
      {
        kind: 'CLIENT_DISTRIBUTION',
        amountCents: 10_475_800n,
        explanation: 'Effect of measures from the client distribution.',
      },
      {
        kind: 'PGB_EFFECT_OF_CLIENT_DISTRIBUTION',
        amountCents: -36_338_400n,
        explanation: 'Effect on PGB from the client distribution.',
      },
      {
        kind: 'SAVINGS_NOT_ACHIEVED_COMPENSATION',
        amountCents: 71_534_500n,
        explanation: 'Incidental compensation for savings not achieved.',
      },
    ],
    // Decided amounts; the printed subtotal says 1,230,769 while the lines add up to 1,230,768.
    shares: [
      { organisationId: 'org-amaryllis', amountCents: 1_877_328_400n },
      { organisationId: 'org-windkracht058', amountCents: 707_165_400n },
    ],
  },
]).map((lumpsum) => ({ ...lumpsum, source: LETTER }));

/** The structural savings target on Wmo support from 2021 (taakstelling, BR-K6). */
export const SAVINGS_TARGET_CENTS = 360_000_000n;

/**
 * The savings plan "Financieel overzicht plan vanaf 2021" (*Uitvoeringsplan* §7.2, BR-K6): each
 * measure's planned structural saving per year as the plan's table gives it (rows paired with their
 * amounts by order; §7.3 confirms measures 1–4 and 9). What a measure realised is seeded only where a
 * source says it: measure 1 alone (§7.3: "In 2018 is al een structurele besparing van € 600.000,-
 * gerealiseerd"). Measures 2–4 are what §7.3 expects ("verwacht", "kan gerealiseerd worden", "naar
 * verwachting"), and the *council letter 2020* ("Lumpsum 2021") compensates savings not achieved in
 * 2018–2020 (€715,345) without saying which measure fell short by how much: their realisation is
 * unknown (null), as is that of measures 5–11, which count from 2021.
 */
export const SAVINGS_MEASURES = [
  // §7.2 row 1 (€600,000); realised: §7.3, "Afschaling thuisondersteuning en dagbesteding".
  {
    title: 'Scaling down day activities 2018, by Amaryllis',
    fromYear: 2018,
    planned: 60_000_000n,
    realised: 60_000_000n,
  },
  // §7.2 row 2 (€650,000); §7.3: "verwachte additionele structurele besparing in 2019 en 2020".
  {
    title: 'Scaling-down assignment 2019 to Amaryllis',
    fromYear: 2019,
    planned: 65_000_000n,
    realised: null,
  },
  // §7.2 row 3 (€650,000); §7.3: "vanaf 2020 … € 650.000,- gerealiseerd kan worden".
  {
    title: 'Scaling-down assignment 2020 to Amaryllis',
    fromYear: 2020,
    planned: 65_000_000n,
    realised: null,
  },
  // §7.2 row 4 (€650,000); §7.3: "in 2020 naar verwachting al € 650.000,- gerealiseerd".
  {
    title: 'Household help / ASV 2020: new standard times and holiday measure',
    fromYear: 2020,
    planned: 65_000_000n,
    realised: null,
  },
  // §7.2 rows 5–11 (€160,000, €150,000, €560,000, €240,000, €200,000, €300,000, €280,000).
  {
    title: 'Less administration in basis: 1,800 fewer beschikkingen',
    fromYear: 2021,
    planned: 16_000_000n,
    realised: null,
  },
  {
    title: 'Less administration at providers: 1% of turnover',
    fromYear: 2021,
    planned: 15_000_000n,
    realised: null,
  },
  {
    title: 'Saving on all begeleiding / thuisondersteuning: 10%',
    fromYear: 2021,
    planned: 56_000_000n,
    realised: null,
  },
  { title: 'Saving on all dagbesteding: 10%', fromYear: 2021, planned: 24_000_000n, realised: null },
  { title: 'Saving on household help', fromYear: 2021, planned: 20_000_000n, realised: null },
  {
    title: 'Lower PGB costs: 10% of budgeted TO spending',
    fromYear: 2021,
    planned: 30_000_000n,
    realised: null,
  },
  { title: '5% on the remaining aanvullend budget', fromYear: 2021, planned: 28_000_000n, realised: null },
].map((measure, i) => ({
  id: `savings-${String(i + 1).padStart(2, '0')}`,
  position: i + 1,
  title: measure.title,
  fromYear: measure.fromYear,
  plannedCents: measure.planned,
  realisedCents: measure.realised,
}));

/**
 * The lot a share holder of a lumpsum spends on: the lot of the lumpsum it holds a main contract
 * for. On the joint basis + TO/DB lumpsum, Amaryllis spends on basis and Windkracht058 on TO/DB.
 */
export function lotOfShare(lots: readonly Lot[], organisationId: string): Lot {
  const held = CONTRACTS.filter(
    (contract) => contract.organisationId === organisationId && lots.includes(contract.lot),
  );
  if (held.length !== 1) throw new Error(`${organisationId} holds no single lot of ${lots.join(', ')}`);
  return held[0]!.lot;
}

/**
 * Generated monthly realisation for 2021 (synthetic, from a fixed seed): each share holder spends its
 * share of a lumpsum in twelve parts of 8.0–8.9% each, on the lot it holds, so that each lot ends
 * the year within a few percent of its part of the lumpsum (BR-BU7). Scale: one entry per share
 * holder and month (2 lumpsums, 4 share holders: 48 entries).
 */
export function generatedRealisation2021() {
  let state = 2021;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const entries = [];
  for (const lumpsum of LUMPSUMS_2021) {
    for (const share of lumpsum.shares) {
      const lot = lotOfShare(lumpsum.lots, share.organisationId);
      for (let month = 1; month <= 12; month++) {
        const permille = 80n + BigInt(Math.floor(random() * 10));
        entries.push({
          id: `realisation-2021-${month}-${lot.toLowerCase()}-${share.organisationId}`,
          year: 2021,
          month,
          lot,
          organisationId: share.organisationId,
          amountCents: (share.amountCents * permille) / 1000n,
        });
      }
    }
  }
  return entries;
}
