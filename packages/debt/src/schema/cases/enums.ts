import { builder } from '../builder.ts';

/** The debt code lists of the cases part as GraphQL enums (the values are those of `domain/codes.ts`). */

export const DebtPhase = builder.enumType('DebtPhase', {
  description:
    'Fase of a schuldhulptraject after the NVVK reference process as DDAS models it, in order; derived from the ' +
    'case’s phase dates, never stored.',
  values: {
    REGISTRATION: { description: 'Aanmelding: the case is registered, no first conversation yet.' },
    INTAKE: { description: 'Intake: from the first conversation (DDAS intake.startdatum).' },
    STABILISATION: { description: 'Stabilisatie: income and fixed costs made stable.' },
    SOLUTION: { description: 'Oplossing: a schuldregeling or another solution.' },
    AFTERCARE: { description: 'Nazorg: aftercare towards a lasting stable financial situation.' },
    OUTFLOW: { description: 'Uitstroom: the case ended, with a DDAS reason.' },
  } as const,
});

export const DebtAdvancePhase = builder.enumType('DebtAdvancePhase', {
  description:
    'The phases `advanceDebtPhase` moves a case to (uitstroom has `closeDebtCase`): forward only; the intake before ' +
    'anything else, stabilisation before a solution; only the solution may be skipped.',
  values: {
    INTAKE: { description: 'Intake: the first conversation.' },
    STABILISATION: { description: 'Stabilisatie.' },
    SOLUTION: { description: 'Oplossing: needs `solutionKind`.' },
    AFTERCARE: { description: 'Nazorg.' },
  } as const,
});

export const DebtSeverity = builder.enumType('DebtSeverity', {
  description:
    'Ernst of the debts as the Uitvoeringsplan names it (E45): beginnende or problematische schulden.',
  values: {
    BEGINNEND: { description: 'Beginnende schulden (the vroegsignalering’s target).' },
    PROBLEMATISCH: { description: 'Problematische schulden (the laatsignalering’s target).' },
    EENVOUDIG_NIET_PROBLEMATISCH: {
      description: 'Relatief eenvoudige, niet-problematische schuldensituatie: the basis handles it itself.',
    },
  } as const,
});

export const DebtComplexity = builder.enumType('DebtComplexity', {
  description:
    'Whether the basis handles the case itself ("het zelf bieden van ondersteuning bij relatief eenvoudige, ' +
    'niet-problematische schuldensituaties", Uitvoeringsplan §4.3) or it is problematic.',
  values: {
    SIMPLE: { description: 'Relatief eenvoudig, niet-problematisch: the basis supports it itself.' },
    PROBLEMATIC: { description: 'Problematisch: curative debt help may be needed.' },
  } as const,
});

export const DebtSolutionKind = builder.enumType('DebtSolutionKind', {
  description:
    'Oplossingssoort (DDAS EnumOplossingssoort), plus the basis’s own solution without a settlement.',
  values: {
    NUL_PROCENT_AANBOD: { description: 'Nul-procentaanbod: creditors get nothing, by agreement.' },
    BETALINGSREGELING: { description: 'Betalingsregeling: a payment arrangement.' },
    HERFINANCIERING: { description: 'Herfinanciering: debts refinanced by one loan.' },
    SANERINGSKREDIET: { description: 'Saneringskrediet: a settlement loan.' },
    SCHULDBEMIDDELING: { description: 'Schuldbemiddeling: an amicable settlement with the creditors.' },
    ANDERE_OPLOSSING: { description: 'Andere oplossing: a solution that is no debt settlement.' },
  } as const,
});

export const DebtOutflowReason = builder.enumType('DebtOutflowReason', {
  description: 'Uitstroomreden (DDAS EnumUitstroomreden): why a schuldhulptraject ended.',
  values: {
    AFGEROND: { description: 'Afgerond: completed (only after a solution or in aftercare).' },
    INGETROKKEN: { description: 'Ingetrokken: the request was withdrawn.' },
    NIET_PASSEND: { description: 'Niet passend: schuldhulpverlening was not the fitting help.' },
    NIET_VERSCHENEN: { description: 'Niet verschenen: the client did not come.' },
    OVERIG: { description: 'Overig: another reason.' },
    OVERLEDEN: { description: 'Overleden: the client died.' },
    VERHUISD: { description: 'Verhuisd: the client moved out of the municipality.' },
    VOLDOET_NIET: { description: 'Voldoet niet: the client did not keep to the agreements.' },
    ZELF: { description: 'Zelf: the client goes on alone.' },
  } as const,
});

export const AftercareOutcome = builder.enumType('AftercareOutcome', {
  description: 'Resultaat nazorg: whether aftercare reached "een duurzame stabiele financiële situatie".',
  values: {
    STABIEL: { description: 'Duurzaam stabiel: a lasting stable financial situation.' },
    NIET_STABIEL: { description: 'Niet stabiel.' },
  } as const,
});

export const DebtReferralKind = builder.enumType('DebtReferralKind', {
  description:
    'Aanvullende ondersteuning by third parties (E48): "inkomensbeheer, beschermingsbewind, curatieve ' +
    'schuldhulpverlening dat door derden wordt geboden", and budgetbeheer.',
  values: {
    CURATIEVE_SCHULDHULPVERLENING: {
      description: 'Curatieve schuldhulpverlening: a debt settlement by a third party.',
    },
    BUDGETBEHEER: { description: 'Budgetbeheer: budget management.' },
    INKOMENSBEHEER: { description: 'Inkomensbeheer: income management.' },
    BESCHERMINGSBEWIND: {
      description: 'Beschermingsbewind: protective administration (by the kantonrechter).',
    },
  } as const,
});

export const GuardianshipAdviceVerdict = builder.enumType('GuardianshipAdviceVerdict', {
  description: 'The municipality’s advice in a procedure for onderbewindstelling (adviesrecht, E50).',
  values: {
    POSITIEF: { description: 'Positief: the municipality advises for beschermingsbewind.' },
    NEGATIEF: { description: 'Negatief: the municipality advises against it.' },
  } as const,
});

export const DebtVolunteerTask = builder.enumType('DebtVolunteerTask', {
  description: 'What a volunteer does on a debt case (the Uitvoeringsplan’s Jelle example, §3.2).',
  values: {
    ADMINISTRATIE: { description: 'Financiën en administratie op orde krijgen en houden.' },
    SCHULDREGELING_VOORBEREIDEN: { description: 'Het traject naar een schuldsanering voorbereiden.' },
  } as const,
});

export const DebtNorm = builder.enumType('DebtNorm', {
  description:
    'A legal norm of the Wgs for one case: met, missed, or not decided yet. Computed, never stored.',
  values: {
    MET: { description: 'Gehaald: the first conversation came within the term.' },
    MISSED: { description: 'Niet gehaald: it came later, or the term passed without one.' },
    PENDING: { description: 'Nog open: the term still runs and no first conversation was held.' },
  } as const,
});
