import { builder } from '../builder.ts';

/** The youth code lists as GraphQL enums (the values are those of `domain/codes.ts`). */

export const YouthRoute = builder.enumType('YouthRoute', {
  description:
    'How a youth case is supported (Uitvoeringsplan §4.4): the route the JET decided, or the opening one.',
  values: {
    SOCIALE_BASIS: { description: 'Sociale basis: volunteers and network, no professional support.' },
    BASIS: { description: 'Basisondersteuning: the basis provider’s general provision, no beschikking.' },
    JEUGDWET: {
      description: 'Ondersteuning vanuit de Jeugdwet, decided by the JET, under the JET’s procesregie.',
    },
  } as const,
});

export const YouthOpeningRoute = builder.enumType('YouthOpeningRoute', {
  description:
    'The route a youth case opens on: the sociale basis or the basis. The Jeugdwet route follows only from a JET ' +
    'decision (`recordJetDecision`).',
  values: {
    SOCIALE_BASIS: { description: 'Sociale basis: volunteers and network.' },
    BASIS: { description: 'Basisondersteuning.' },
  } as const,
});

export const YouthCloseReason = builder.enumType('YouthCloseReason', {
  description: 'Reden beëindiging, CBS Beleidsinformatie Jeugd (codes 01–05).',
  values: {
    VOLGENS_PLAN: { description: '01 Volgens plan: ended as planned.' },
    VOORTIJDIG_IN_OVERLEG: { description: '02 Voortijdig, in overeenstemming: ended early, by agreement.' },
    EENZIJDIG_CLIENT: { description: '03 Eenzijdig door de cliënt beëindigd: ended by the client.' },
    EENZIJDIG_AANBIEDER: { description: '04 Eenzijdig door de aanbieder beëindigd: ended by the provider.' },
    EXTERNE_OMSTANDIGHEDEN: {
      description: '05 Externe omstandigheden: ended by outside circumstances (a move).',
    },
  } as const,
});

export const LightSupportGoal = builder.enumType('LightSupportGoal', {
  description: 'The six goals of lichte opvoedondersteuning (Uitvoeringsplan §4.4), in the source’s order.',
  values: {
    INFORMATIE_EN_ADVIES: {
      description: 'Informatie en advies gericht op het vergroten van opvoedvaardigheden.',
    },
    VERSTERKEN_OPVOEDKUNDIG_HANDELEN: {
      description: 'Het versterken van het opvoedkundig handelen van de ouder(s) (eigen kracht).',
    },
    BALANS_DRAAGKRACHT_DRAAGLAST: {
      description: 'Het herstellen van de balans in draagkracht en draaglast van de ouder(s).',
    },
    PSYCHOSOCIAAL_FUNCTIONEREN: {
      description: 'Het verbeteren van het psychosociaal functioneren van de jeugdige.',
    },
    GEZINSCOMMUNICATIE: { description: 'Het verbeteren van de gezinscommunicatie.' },
    SPECIFIEKE_OPVOEDVAARDIGHEDEN: {
      description:
        'Het vergroten van specifieke opvoedingsvaardigheden van ouders van een kind met ontwikkelings- en/of ' +
        'gedragsproblemen.',
    },
  } as const,
});

export const RegieLead = builder.enumType('RegieLead', {
  description:
    'Who leads where Wmo and Jeugdwet support run side by side (R-004-15): one family, one plan, one director.',
  values: {
    WMO_REGIEVOERDER: { description: 'The household’s Wmo regievoerder from the basis leads.' },
    PROCESREGISSEUR: { description: 'The JET’s procesregisseur leads.' },
  } as const,
});
