import { builder } from '../builder.ts';

/** The code lists of signals, outreach and crises as GraphQL enums (the values are those of `domain/codes.ts`). */

export const DebtSignalKind = builder.enumType('DebtSignalKind', {
  description:
    'Signalering (Uitvoeringsplan §4.3): "Vroeg- en laatsignaleringsaanpak, waarbij bewoners met beginnende ' +
    'respectievelijk problematische schulden outreachend worden benaderd."',
  values: {
    VROEG: {
      description:
        'Vroegsignalering: a signal of payment arrears from a signal partner (DDAS vroegsignaal), about beginnende schulden.',
    },
    LAAT: { description: 'Laatsignalering: a late signal, about problematische schulden.' },
  } as const,
});

export const SignalPartner = builder.enumType('SignalPartner', {
  description: 'Signaalpartner (DDAS EnumSignaalpartner): the creditor that signalled the arrears.',
  values: {
    ENERGIE: { description: 'Energieleverancier: energy supplier.' },
    HUUR: { description: 'Woningcorporatie of verhuurder: rent.' },
    HYPOTHEEK: { description: 'Hypotheekverstrekker: mortgage.' },
    CAK_ZORGVERZEKERINGEN: { description: 'CAK (wanbetalersregeling zorgverzekering).' },
    ZORG: { description: 'Zorgverzekeraar: health insurer.' },
    WATER: { description: 'Drinkwaterbedrijf: water company.' },
    DUO: { description: 'DUO: student finance.' },
    BELASTINGDIENST: { description: 'Belastingdienst: taxes.' },
    CAK_EIGEN_BIJDRAGE: { description: 'CAK eigen bijdrage: own contribution to care.' },
    DIENST_TOESLAGEN: { description: 'Dienst Toeslagen: allowances.' },
    OVERIGE: { description: 'Overige signaalpartner.' },
  } as const,
});

export const SignalStatus = builder.enumType('SignalStatus', {
  description:
    'Signaalstatus (DDAS EnumSignaalstatus): NOG_NIET_OPGEPAKT until the first contact attempt makes it OPGEPAKT; ' +
    'a signal closed without any attempt takes the reason it was not picked up.',
  values: {
    NOG_NIET_OPGEPAKT: { description: 'Nog niet opgepakt: no contact attempt yet.' },
    ONTERECHT_SIGNAAL: { description: 'Onterecht signaal: the signal was wrong.' },
    OVERLEDEN: { description: 'Overleden: the resident died.' },
    WOONT_NIET_IN_GEMEENTE: { description: 'Woont niet in de gemeente.' },
    HERHAALDE_MELDING: { description: 'Herhaalde melding: a signal already being handled.' },
    NIET_OPGEPAKT: { description: 'Niet opgepakt: closed without outreach.' },
    OPGEPAKT: { description: 'Opgepakt: at least one contact attempt (datum opgepakt).' },
    WOONT_OP_ANDER_ADRES: { description: 'Woont op een ander adres.' },
  } as const,
});

export const SignalOutcome = builder.enumType('SignalOutcome', {
  description:
    'Eindresultaat of a vroegsignaalzaak (DDAS EnumEindresultaat), given once when the signal is closed; it must fit ' +
    'the outreach (BR-DB29).',
  values: {
    NIET_OPGEPAKT_GEEN_CONTACT_GEWENST: { description: 'Niet opgepakt: geen contact gewenst (no attempt).' },
    NIET_OPGEPAKT_GEEN_CAPACITEIT: { description: 'Niet opgepakt: geen capaciteit (no attempt).' },
    NIET_OPGEPAKT: { description: 'Niet opgepakt (no attempt).' },
    AL_BEKEND_BIJ_SCHULDHULPVERLENING: { description: 'Al bekend bij schuldhulpverlening (no attempt).' },
    GEEN_CONTACT: { description: 'Geen contact: attempts made, none reached the resident.' },
    WIL_GEEN_HULP: { description: 'Wil geen hulp (after contact).' },
    PROBEERT_HET_ZELF: { description: 'Probeert het zelf (after contact).' },
    BETAALD_VOOR_OPPAKKEN: { description: 'Betaald vóór oppakken (no attempt).' },
    BETAALD_NA_OPPAKKEN: { description: 'Betaald na oppakken (after an attempt).' },
    BUDGETADVIES_OF_QUICK_FIX: { description: 'Budgetadvies of quick fix (after contact).' },
    ANDER_LOPEND_TRAJECT: { description: 'Ander lopend traject (after an attempt).' },
    VERWIJZING_FINANCIEEL: {
      description: 'Verwijzing financieel: e.g. to schuldhulpverlening (after contact).',
    },
    VOORZIEN_VAN_INFORMATIE: { description: 'Voorzien van informatie (after contact).' },
    NIET_OPGEPAKT_BRP_UITSLUITING: { description: 'Niet opgepakt: BRP-uitsluiting (no attempt).' },
    VERWIJZING_NIET_FINANCIEEL: { description: 'Verwijzing niet-financieel (after contact).' },
  } as const,
});

export const ContactKind = builder.enumType('ContactKind', {
  description: 'Contactsoort (DDAS EnumContactsoort): how the basis tried to reach the resident.',
  values: {
    MAIL: { description: 'E-mail.' },
    BRIEF: { description: 'Brief: a letter.' },
    SMS_WHATSAPP: { description: 'Sms of WhatsApp.' },
    TELEFOON: { description: 'Telefoon.' },
    HUISBEZOEK: { description: 'Huisbezoek: a visit at home (outreachend).' },
    KAARTJE: { description: 'Kaartje door de deur: a card through the door.' },
    OVERIGE: { description: 'Overige contactsoort.' },
  } as const,
});

export const DayPart = builder.enumType('DayPart', {
  description: 'Dagdeel (DDAS EnumDagdeel) of a contact attempt.',
  values: {
    OCHTEND: { description: 'Ochtend: morning.' },
    MIDDAG: { description: 'Middag: afternoon.' },
    AVOND: { description: 'Avond: evening.' },
  } as const,
});

export const CrisisKind = builder.enumType('CrisisKind', {
  description:
    'The threatening situations of the Wgs in which the first conversation follows within 3 werkdagen; the ' +
    'Uitvoeringsplan names "dreigende uithuiszetting of afsluiting van nutsvoorzieningen" (§4.3).',
  values: {
    DREIGENDE_WONINGONTRUIMING: { description: 'Dreigende woningontruiming (uithuiszetting).' },
    AFSLUITING_GAS: { description: 'Dreigende afsluiting van gas.' },
    AFSLUITING_ELEKTRICITEIT: { description: 'Dreigende afsluiting van elektriciteit.' },
    AFSLUITING_WATER: { description: 'Dreigende afsluiting van water.' },
    AFSLUITING_STADSVERWARMING: { description: 'Dreigende afsluiting van stadsverwarming.' },
    OPZEGGING_ZORGVERZEKERING: { description: 'Opzegging van de zorgverzekering.' },
  } as const,
});
