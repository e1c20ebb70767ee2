import type {
  ContactKind,
  DayPart,
  DebtSignalKind,
  SignalOutcome,
  SignalPartner,
  SignalStatus,
} from '../domain/codes.ts';
import type * as tables from './tables.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows for the signal tables, keyed by their export names in `tables.ts`. */
export interface SignalSeedRows {
  debtSignals: Insert<typeof tables.debtSignals>[];
  outreachAttempts: Insert<typeof tables.outreachAttempts>[];
}

export interface SignalSeedOptions {
  /** The organisation that handles the signals: the main provider of the basisondersteuning. */
  organisationId: string;
  /** Workers of the basis who make the attempts (locations' ids); empty: attempts without a worker. */
  workerIds: readonly string[];
  /** The first and last day a signal may come in (ISO); the last is the seed's "today". */
  from: string;
  to: string;
  /** Overrides the share of clients with a signal (`SIGNAL_PROPORTIONS.share`). */
  share?: number;
}

type Weighted<T> = readonly (readonly [T, number])[];

/**
 * The shares of the seed (README-ready text in the team's notes, debt-signals-seed.md). Early signals come
 * mostly from the partners of the vroegsignalering (DDAS: huur, energie, water, zorgverzekering); late
 * ones from the debts of a problematic situation. Outreach follows the DDAS vroegsignaalzaak.
 */
export const SIGNAL_PROPORTIONS = {
  /** Clients with a signal. */
  share: 0.08,
  /** VROEG (beginnende schulden) against LAAT (problematische schulden). */
  kinds: [
    ['VROEG', 80],
    ['LAAT', 20],
  ] as const satisfies Weighted<DebtSignalKind>,
  partners: {
    VROEG: [
      ['HUUR', 35],
      ['ENERGIE', 25],
      ['WATER', 15],
      ['ZORG', 15],
      ['CAK_ZORGVERZEKERINGEN', 4],
      ['HYPOTHEEK', 3],
      ['OVERIGE', 3],
    ],
    LAAT: [
      ['HUUR', 20],
      ['BELASTINGDIENST', 20],
      ['DIENST_TOESLAGEN', 15],
      ['ENERGIE', 15],
      ['DUO', 10],
      ['CAK_EIGEN_BIJDRAGE', 10],
      ['OVERIGE', 10],
    ],
  } as const satisfies Record<DebtSignalKind, Weighted<SignalPartner>>,
  /** Arrears in whole euros, uniform in the range; a few signals give none. */
  arrears: { VROEG: [100, 1500], LAAT: [1500, 15000] } as const,
  arrearsUnknown: 0.05,
  /** Signals of rent, energy and water the partner marks a crisis (crisissignaal); no others. */
  crisis: 0.08,
  crisisPartners: ['HUUR', 'ENERGIE', 'WATER'] as const satisfies readonly SignalPartner[],
  /** Days between signaaldatum and receipt, and between receipt and the first attempt. */
  receiptDelay: [0, 3] as const,
  firstAttemptDelay: [0, 10] as const,
  attemptGap: [1, 7] as const,
  /** Signals never picked up (closed without an attempt). */
  notPickedUp: 0.1,
  /** Picked-up signals where some attempt reaches the resident; 1–4 attempts each. */
  reached: 0.6,
  attempts: [1, 4] as const,
  /** Signals still open: of those received in the last `recentDays` days, and of older ones. */
  recentDays: 45,
  openRecent: 0.7,
  openOlder: 0.05,
  /** Outcomes (DDAS eindresultaat) per situation. */
  outcomesNotPickedUp: [
    ['NIET_OPGEPAKT', 40],
    ['AL_BEKEND_BIJ_SCHULDHULPVERLENING', 20],
    ['NIET_OPGEPAKT_GEEN_CONTACT_GEWENST', 15],
    ['BETAALD_VOOR_OPPAKKEN', 15],
    ['NIET_OPGEPAKT_GEEN_CAPACITEIT', 10],
  ] as const satisfies Weighted<SignalOutcome>,
  statusesNotPickedUp: [
    ['NIET_OPGEPAKT', 80],
    ['HERHAALDE_MELDING', 8],
    ['ONTERECHT_SIGNAAL', 6],
    ['WOONT_OP_ANDER_ADRES', 4],
    ['WOONT_NIET_IN_GEMEENTE', 2],
  ] as const satisfies Weighted<SignalStatus>,
  outcomesUnreached: [
    ['GEEN_CONTACT', 80],
    ['BETAALD_NA_OPPAKKEN', 20],
  ] as const satisfies Weighted<SignalOutcome>,
  outcomesReached: [
    ['BUDGETADVIES_OF_QUICK_FIX', 25],
    ['VERWIJZING_FINANCIEEL', 20],
    ['BETAALD_NA_OPPAKKEN', 15],
    ['VOORZIEN_VAN_INFORMATIE', 12],
    ['WIL_GEEN_HULP', 10],
    ['PROBEERT_HET_ZELF', 8],
    ['ANDER_LOPEND_TRAJECT', 5],
    ['VERWIJZING_NIET_FINANCIEEL', 5],
  ] as const satisfies Weighted<SignalOutcome>,
  contactKinds: [
    ['TELEFOON', 30],
    ['BRIEF', 25],
    ['HUISBEZOEK', 20],
    ['SMS_WHATSAPP', 10],
    ['KAARTJE', 10],
    ['MAIL', 5],
  ] as const satisfies Weighted<ContactKind>,
  dayParts: [
    ['MIDDAG', 45],
    ['OCHTEND', 40],
    ['AVOND', 15],
  ] as const satisfies Weighted<DayPart>,
  /** Attempts with the worker recorded. */
  withWorker: 0.8,
} as const;

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Deterministic signals and contact attempts for the seed (SYNTHETIC): the same `random` sequence and
 * clients give the same rows. Every row keeps the rules (BR-DB24, BR-DB27, BR-DB29, BR-DB32): receipt on or
 * after the signaaldatum, attempts from receipt on and never after `to`, the status OPGEPAKT from the first
 * attempt, outcomes fitting the outreach, closing on or after the last attempt. The seed of the cases
 * (F1's) runs it in the same transaction and may open cases from the signals `signalsForCases` names.
 */
export function generateDebtSignals(
  random: () => number,
  clients: readonly { id: string; householdId: string; areaId: string }[],
  options: SignalSeedOptions,
): SignalSeedRows {
  const P = SIGNAL_PROPORTIONS;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const weighted = <T>(entries: Weighted<T>): T => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = random() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  };
  const [first, last] = [dayOf(options.from), dayOf(options.to)];
  const rows: SignalSeedRows = { debtSignals: [], outreachAttempts: [] };
  for (const client of clients) {
    if (random() >= (options.share ?? P.share)) continue;
    const id = `debt-signal-${String(rows.debtSignals.length + 1).padStart(6, '0')}`;
    const kind = weighted(P.kinds);
    const partner = weighted<SignalPartner>(P.partners[kind]);
    const received = int(first, last);
    const signalled = Math.max(first - P.receiptDelay[1], received - int(...P.receiptDelay));
    const [low, high] = P.arrears[kind];
    const arrearsEuros = random() < P.arrearsUnknown ? null : int(low, high);
    const crisis = (P.crisisPartners as readonly SignalPartner[]).includes(partner) && random() < P.crisis;
    const open = random() < (last - received < P.recentDays ? P.openRecent : P.openOlder);
    const notPickedUp = random() < P.notPickedUp;

    let status: SignalStatus = 'NOG_NIET_OPGEPAKT';
    let pickedUpOn: string | null = null;
    let outcome: SignalOutcome | null = null;
    let closedOn: string | null = null;
    if (notPickedUp) {
      if (!open) {
        outcome = weighted(P.outcomesNotPickedUp);
        status = weighted(P.statusesNotPickedUp);
        closedOn = isoOf(Math.min(last, received + int(1, 20)));
      }
    } else {
      const reached = random() < P.reached;
      const count = int(...P.attempts);
      let day = received + int(...P.firstAttemptDelay);
      let lastAttempt: number | null = null;
      for (let n = 1; n <= count && day <= last; n += 1) {
        const reachedNow = reached && n === count;
        rows.outreachAttempts.push({
          provenance: 'SYNTHETIC',
          id: `outreach-attempt-${String(rows.outreachAttempts.length + 1).padStart(6, '0')}`,
          signalId: id,
          kind: weighted(P.contactKinds),
          attemptedOn: isoOf(day),
          dayPart: weighted(P.dayParts),
          reached: reachedNow,
          workerId:
            options.workerIds.length && random() < P.withWorker
              ? options.workerIds[int(0, options.workerIds.length - 1)]!
              : null,
        });
        lastAttempt = day;
        day += int(...P.attemptGap);
      }
      if (lastAttempt !== null) {
        status = 'OPGEPAKT';
        // The first attempt of this signal is the day picked up (DDAS datum_opgepakt).
        pickedUpOn = rows.outreachAttempts.find((a) => a.signalId === id)!.attemptedOn;
        const wasReached = rows.outreachAttempts.some((a) => a.signalId === id && a.reached);
        if (!open) {
          outcome = weighted(wasReached ? P.outcomesReached : P.outcomesUnreached);
          closedOn = isoOf(Math.min(last, lastAttempt + int(0, 14)));
        }
      } else if (!open) {
        outcome = weighted(P.outcomesNotPickedUp);
        status = 'NIET_OPGEPAKT';
        closedOn = isoOf(Math.min(last, received + int(1, 20)));
      }
    }
    rows.debtSignals.push({
      provenance: 'SYNTHETIC',
      id,
      clientId: client.id,
      householdId: client.householdId,
      areaId: client.areaId,
      organisationId: options.organisationId,
      kind,
      partner,
      signalledOn: isoOf(signalled),
      receivedOn: isoOf(received),
      arrearsEuros,
      crisis,
      status,
      pickedUpOn,
      outcome,
      closedOn,
    });
  }
  return rows;
}

/**
 * The signals a seed may open debt cases from (BR-DB30: one case per signal, for its own client): those
 * closed with a referral to financial help (VERWIJZING_FINANCIEEL), in the order generated.
 */
export function signalsForCases(
  rows: SignalSeedRows,
): { signalId: string; clientId: string; closedOn: string }[] {
  return rows.debtSignals
    .filter((s) => s.outcome === 'VERWIJZING_FINANCIEEL')
    .map((s) => ({ signalId: s.id, clientId: s.clientId, closedOn: s.closedOn! }));
}
