import { ddasClient, type GraphClient } from './client-identity.ts';
import { ddasCode } from './codes.ts';
import { compact, type DeliveryHeader, dayOf, headerFields, requiredDayOf } from './delivery.ts';
import { DdasInputError } from './errors.ts';
import { caseFallsIn, knownBy, type Period } from './period.ts';

/** A schuldhulptraject as the graph answers it (`DebtCase` of debt, its clients from clients). */
export interface GraphDebtCase {
  id: string;
  registeredOn: string;
  firstConversationOn?: string | null;
  stabilisationOn?: string | null;
  solutionOn?: string | null;
  solutionKind?: string | null;
  aftercareOn?: string | null;
  outflowOn?: string | null;
  outflowReason?: string | null;
  clients: GraphClient[];
  crises?: { reportedOn: string; handledOn?: string | null }[] | null;
  referrals?: { kind: string; startedOn: string; endedOn?: string | null }[] | null;
}

export interface SchuldhulpverleningOptions extends DeliveryHeader {
  /** The gemeentecode under whose responsibility the trajectories run. */
  municipalityCode: string;
  /** The delivery secret the BSNs are pseudonymised with (BR-DB43). */
  secret: string;
}

const PHASES = ['firstConversationOn', 'stabilisationOn', 'solutionOn', 'aftercareOn', 'outflowOn'] as const;
type PhaseDates = Record<(typeof PHASES)[number] | 'registeredOn', string | null>;

/**
 * A phase ends when the next phase that has begun begins (BR-DB45): the debt subgraph records the
 * start of each phase, and a case moves forward only. Not yet known by the period's end: open.
 */
function endOf(period: Period, dates: PhaseDates, phase: keyof PhaseDates): string | undefined {
  const order = ['registeredOn', ...PHASES] as const;
  for (const next of order.slice(order.indexOf(phase) + 1)) {
    const day = knownBy(period, dates[next]);
    if (day) return day;
  }
  return undefined;
}

function periodOf(period: Period, dates: PhaseDates, phase: keyof PhaseDates) {
  const start = knownBy(period, dates[phase]);
  return start ? compact({ startdatum: start, einddatum: endOf(period, dates, phase) }) : undefined;
}

/** One trajectory in DDAS's shape, as it stood at the period's end (BR-DB42). */
export function schuldhulptraject(debtCase: GraphDebtCase, options: SchuldhulpverleningOptions) {
  const { period } = options;
  const where = `DebtCase ${debtCase.id}`;
  const dates: PhaseDates = {
    registeredOn: requiredDayOf(debtCase.registeredOn, `${where}.registeredOn`),
    ...(Object.fromEntries(
      PHASES.map((phase) => [phase, dayOf(debtCase[phase], `${where}.${phase}`)]),
    ) as Omit<PhaseDates, 'registeredOn'>),
  };
  if (debtCase.clients.length < 1 || debtCase.clients.length > 2)
    throw new DdasInputError(
      `${where}: DDAS delivers a trajectory of one or two clients, the graph gave ${debtCase.clients.length}`,
    );
  const crises = (debtCase.crises ?? [])
    .map((crisis, i) => ({
      startdatum: knownBy(period, requiredDayOf(crisis.reportedOn, `${where}.crises[${i}].reportedOn`)),
      einddatum: knownBy(period, dayOf(crisis.handledOn, `${where}.crises[${i}].handledOn`)),
    }))
    .filter((crisis): crisis is { startdatum: string; einddatum: string | undefined } => !!crisis.startdatum)
    .map(compact);
  const guidance = (debtCase.referrals ?? []).flatMap((referral, i) => {
    const soort = ddasCode('EnumBegeleidingssoort', referral.kind, `${where}.referrals[${i}].kind`);
    const startdatum = knownBy(
      period,
      requiredDayOf(referral.startedOn, `${where}.referrals[${i}].startedOn`),
    );
    if (!soort || !startdatum) return [];
    return [
      compact({
        soort,
        startdatum,
        einddatum: knownBy(period, dayOf(referral.endedOn, `${where}.referrals[${i}].endedOn`)),
      }),
    ];
  });
  const solution = periodOf(period, dates, 'solutionOn');
  const outflowOn = knownBy(period, dates.outflowOn);
  if (outflowOn && !debtCase.outflowReason)
    throw new DdasInputError(`${where}: flowed out on ${outflowOn} without an outflow reason`);
  return compact({
    gemeentecode: options.municipalityCode,
    startdatum: dates.registeredOn,
    einddatum: outflowOn,
    client: debtCase.clients.map((client) => ddasClient(client, where, options.secret)),
    aanmelding: compact({
      startdatum: dates.registeredOn,
      einddatum: endOf(period, dates, 'registeredOn'),
      crisisinterventie: crises.length > 0,
    }),
    intake: periodOf(period, dates, 'firstConversationOn'),
    stabilisatie: periodOf(period, dates, 'stabilisationOn'),
    oplossing:
      solution &&
      compact({
        ...solution,
        soort:
          (debtCase.solutionKind &&
            ddasCode('EnumOplossingssoort', debtCase.solutionKind, `${where}.solutionKind`)) ||
          undefined,
      }),
    nazorg: periodOf(period, dates, 'aftercareOn'),
    uitstroom: outflowOn && {
      datum: outflowOn,
      reden: ddasCode('EnumUitstroomreden', debtCase.outflowReason!, `${where}.outflowReason`)!,
    },
    crisisinterventies: crises.length > 0 ? crises : undefined,
    begeleiding: guidance.length > 0 ? guidance : undefined,
  });
}

/**
 * The schuldhulpverlening document (DDAS Uitwisselmodel schuldhulpverlening) of the cases that fall
 * in the period (BR-DB40); cases outside it are left out, whatever the graph gave.
 */
export function buildSchuldhulpverlening(
  cases: readonly GraphDebtCase[],
  options: SchuldhulpverleningOptions,
) {
  return {
    ...headerFields(options),
    leveringen: [
      {
        teller: 1,
        aanleverende_organisatie: { gemeentecode: options.municipalityCode },
        schuldhulptrajecten: cases
          .filter((debtCase) =>
            caseFallsIn(
              options.period,
              requiredDayOf(debtCase.registeredOn, `DebtCase ${debtCase.id}.registeredOn`),
              dayOf(debtCase.outflowOn, `DebtCase ${debtCase.id}.outflowOn`),
            ),
          )
          .map((debtCase) => schuldhulptraject(debtCase, options)),
      },
    ],
  };
}
export type SchuldhulpverleningDocument = ReturnType<typeof buildSchuldhulpverlening>;
