import { ddasClient, type GraphClient } from './client-identity.ts';
import { requiredDdasCode } from './codes.ts';
import { compact, type DeliveryHeader, dayOf, headerFields, requiredDayOf } from './delivery.ts';
import { DdasInputError } from './errors.ts';
import { knownBy, type Period, signalFallsIn } from './period.ts';

/** A signal as the graph answers it (`DebtSignal` of debt, its client from clients). */
export interface GraphDebtSignal {
  id: string;
  /** `VROEG` (vroegsignalering) or `LAAT`: only early signals are vroegsignalen (BR-DB41). */
  kind: string;
  partner: string;
  signalledOn: string;
  receivedOn: string;
  /** Whole euros (an integer), or a Money string such as `"312.00"`. */
  arrears?: number | string | null;
  crisis: boolean;
  status: string;
  outcome?: string | null;
  pickedUpOn?: string | null;
  /** When the outcome was recorded; without it the outcome counts as known by the period's end. */
  closedOn?: string | null;
  attempts?: { kind: string; attemptedOn: string; dayPart: string; reached: boolean }[] | null;
  client: GraphClient;
}

export type VroegsignalenOptions = DeliveryHeader;

/** Arrears in whole euros (DDAS bedrag), rounded half up from a Money string. */
export function wholeEuros(value: number | string | null | undefined, where: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  const amount =
    typeof value === 'number' ? value : /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(amount) || amount < 0)
    throw new DdasInputError(`${where}: ${JSON.stringify(value)} is no amount of arrears`);
  return Math.round(amount);
}

/**
 * The status at the period's end (BR-DB42): a signal picked up only after it still stood
 * "not yet picked up" then. Other statuses carry no date and are delivered as they stand.
 */
function statusAt(period: Period, signal: GraphDebtSignal, pickedUpOn: string | null): string {
  return signal.status === 'OPGEPAKT' && pickedUpOn && !knownBy(period, pickedUpOn)
    ? 'NOG_NIET_OPGEPAKT'
    : signal.status;
}

/** One signal in DDAS's shape. */
export function vroegsignaal(signal: GraphDebtSignal, period: Period) {
  const where = `DebtSignal ${signal.id}`;
  const pickedUpOn = dayOf(signal.pickedUpOn, `${where}.pickedUpOn`);
  const closedOn = dayOf(signal.closedOn, `${where}.closedOn`);
  const outcomeKnown = signal.outcome && (closedOn === null || knownBy(period, closedOn));
  const attempts = (signal.attempts ?? [])
    .map((attempt, i) => ({
      attempt,
      day: requiredDayOf(attempt.attemptedOn, `${where}.attempts[${i}].attemptedOn`),
      i,
    }))
    .filter(({ day }) => knownBy(period, day))
    .sort((a, b) => a.day.localeCompare(b.day) || a.i - b.i)
    .map(({ attempt, day, i }) => ({
      soort: requiredDdasCode('EnumContactsoort', attempt.kind, `${where}.attempts[${i}].kind`),
      bereikt: attempt.reached,
      datum: day,
      dagdeel: requiredDdasCode('EnumDagdeel', attempt.dayPart, `${where}.attempts[${i}].dayPart`),
    }));
  if (typeof signal.crisis !== 'boolean')
    throw new DdasInputError(`${where}.crisis: the graph gave no boolean`);
  return compact({
    signaalpartner: { type: requiredDdasCode('EnumSignaalpartner', signal.partner, `${where}.partner`) },
    signaaldatum: requiredDayOf(signal.signalledOn, `${where}.signalledOn`),
    bedrag: wholeEuros(signal.arrears, `${where}.arrears`),
    crisissignaal: signal.crisis,
    status: requiredDdasCode('EnumSignaalstatus', statusAt(period, signal, pickedUpOn), `${where}.status`),
    vroegsignaalzaak: compact({
      resultaat: outcomeKnown
        ? requiredDdasCode('EnumEindresultaat', signal.outcome!, `${where}.outcome`)
        : undefined,
      datum_opgepakt: knownBy(period, pickedUpOn),
      contactpogingen: attempts,
    }),
    client: ddasClient(signal.client, where),
  });
}

/**
 * The vroegsignalen document (DDAS Uitwisselmodel vroegsignalering) of the early signals received in
 * the period (BR-DB41). The list is left out when there are none: DDAS asks at least one item.
 */
export function buildVroegsignalen(signals: readonly GraphDebtSignal[], options: VroegsignalenOptions) {
  const delivered = signals
    .filter(
      (signal) =>
        signal.kind === 'VROEG' &&
        signalFallsIn(options.period, requiredDayOf(signal.receivedOn, `DebtSignal ${signal.id}.receivedOn`)),
    )
    .map((signal) => vroegsignaal(signal, options.period));
  return { ...headerFields(options), ...(delivered.length > 0 && { vroegsignalen: delivered }) };
}
export type VroegsignalenDocument = ReturnType<typeof buildVroegsignalen>;
