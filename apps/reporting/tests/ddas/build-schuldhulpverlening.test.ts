import { describe, expect, it } from 'vitest';
import { buildSchuldhulpverlening, schuldhulptraject } from '../../src/ddas/build-schuldhulpverlening.ts';
import { DdasInputError, UnknownCodeError } from '../../src/ddas/errors.ts';
import { bsnPseudonym } from '../../src/ddas/pseudonym.ts';
import { schemaProblems } from '../../src/ddas/validate.ts';
import { ANNE, fullCase, SECRET, SHV_OPTIONS, SJOERD } from './fixtures.ts';

const trajectories = (document: ReturnType<typeof buildSchuldhulpverlening>) =>
  document.leveringen[0]!.schuldhulptrajecten;

describe('the schuldhulpverlening document', () => {
  it('has DDAS’s header and one delivery of the municipality, and is valid', () => {
    const document = buildSchuldhulpverlening([fullCase()], SHV_OPTIONS);
    expect(document).toMatchObject({
      startdatumLevering: '2021-01-01',
      einddatumLevering: '2021-12-31',
      aanleverdatumEnTijd: '2026-02-01T09:30:15Z',
      codeGegevensleverancier: 'MIENSKIP',
      leveringen: [{ teller: 1, aanleverende_organisatie: { gemeentecode: '0080' } }],
    });
    expect(schemaProblems('schuldhulpverlening.json', document)).toEqual([]);
  });

  it('gives every phase its start and, as its end, the start of the next phase (BR-DB45)', () => {
    expect(schuldhulptraject(fullCase(), SHV_OPTIONS)).toEqual({
      gemeentecode: '0080',
      startdatum: '2021-02-01',
      einddatum: '2021-11-30',
      client: [
        {
          burgerservicenummer: bsnPseudonym(ANNE.bsn, SECRET),
          Geboortedatum: '1984-03-02',
          Postcode: '8911AB',
          Huisnummer: '12',
          Huisnummertoevoeging: 'a',
        },
        {
          burgerservicenummer: bsnPseudonym(SJOERD.bsn, SECRET),
          Geboortedatum: '1982-11-20',
          Postcode: '8912CD',
          Huisnummer: '9',
          Huisnummertoevoeging: '2',
        },
      ],
      aanmelding: { startdatum: '2021-02-01', einddatum: '2021-02-10', crisisinterventie: true },
      intake: { startdatum: '2021-02-10', einddatum: '2021-03-01' },
      stabilisatie: { startdatum: '2021-03-01', einddatum: '2021-05-01' },
      oplossing: { startdatum: '2021-05-01', einddatum: '2021-09-01', soort: 'Schuldbemiddeling' },
      nazorg: { startdatum: '2021-09-01', einddatum: '2021-11-30' },
      uitstroom: { datum: '2021-11-30', reden: 'Afgerond' },
      crisisinterventies: [{ startdatum: '2021-02-02', einddatum: '2021-02-05' }],
      // Budgetbeheer maps; inkomensbeheer has no DDAS value and is left out.
      begeleiding: [{ soort: 'Budgetbeheer', startdatum: '2021-03-01', einddatum: '2021-10-01' }],
    });
  });

  it('ends a phase at the next phase that began: a case flowing out after the intake', () => {
    const traject = schuldhulptraject(
      fullCase({
        stabilisationOn: null,
        solutionOn: null,
        solutionKind: null,
        aftercareOn: null,
        outflowOn: '2021-03-15',
        outflowReason: 'NIET_PASSEND',
        crises: [],
        referrals: [],
      }),
      SHV_OPTIONS,
    );
    expect(traject).toMatchObject({
      intake: { startdatum: '2021-02-10', einddatum: '2021-03-15' },
      aanmelding: { crisisinterventie: false },
      uitstroom: { datum: '2021-03-15', reden: 'Niet passend' },
    });
    expect(traject).not.toHaveProperty('stabilisatie');
    expect(traject).not.toHaveProperty('crisisinterventies');
    expect(traject).not.toHaveProperty('begeleiding');
  });

  it('shows a trajectory as it stood at the period’s end: later facts are left out (BR-DB42)', () => {
    const traject = schuldhulptraject(
      fullCase({ aftercareOn: '2022-01-10', outflowOn: '2022-06-01', outflowReason: 'AFGEROND' }),
      SHV_OPTIONS,
    );
    expect(traject.oplossing).toEqual({ startdatum: '2021-05-01', soort: 'Schuldbemiddeling' });
    expect(traject).not.toHaveProperty('nazorg');
    expect(traject).not.toHaveProperty('uitstroom');
    expect(traject).not.toHaveProperty('einddatum');
    // Budgetbeheer ended on 2021-10-01, within the period: kept with its end.
    expect(traject.begeleiding).toEqual([
      { soort: 'Budgetbeheer', startdatum: '2021-03-01', einddatum: '2021-10-01' },
    ]);
  });

  it('delivers the other solution without a soort (DDAS has none for it)', () => {
    const traject = schuldhulptraject(fullCase({ solutionKind: 'ANDERE_OPLOSSING' }), SHV_OPTIONS);
    expect(traject.oplossing).toEqual({ startdatum: '2021-05-01', einddatum: '2021-09-01' });
  });

  it('takes the cases that ran on any day of the period, and no other (BR-DB40)', () => {
    const cases = [
      fullCase({
        id: 'before',
        registeredOn: '2020-01-01',
        firstConversationOn: null,
        stabilisationOn: null,
        solutionOn: null,
        solutionKind: null,
        aftercareOn: null,
        outflowOn: '2020-12-31',
        outflowReason: 'ZELF',
        crises: [],
        referrals: [],
      }),
      fullCase({
        id: 'into',
        registeredOn: '2020-06-01',
        firstConversationOn: '2020-06-10',
        stabilisationOn: null,
        solutionOn: null,
        solutionKind: null,
        aftercareOn: null,
        outflowOn: '2021-01-01',
        outflowReason: 'ZELF',
        crises: [],
        referrals: [],
      }),
      fullCase({
        id: 'open',
        registeredOn: '2019-06-01',
        firstConversationOn: '2019-06-10',
        stabilisationOn: null,
        solutionOn: null,
        solutionKind: null,
        aftercareOn: null,
        outflowOn: null,
        outflowReason: null,
        crises: [],
        referrals: [],
      }),
      fullCase({
        id: 'last-day',
        registeredOn: '2021-12-31',
        firstConversationOn: null,
        stabilisationOn: null,
        solutionOn: null,
        solutionKind: null,
        aftercareOn: null,
        outflowOn: null,
        outflowReason: null,
        crises: [],
        referrals: [],
      }),
      fullCase({
        id: 'after',
        registeredOn: '2022-01-01',
        firstConversationOn: null,
        stabilisationOn: null,
        solutionOn: null,
        solutionKind: null,
        aftercareOn: null,
        outflowOn: null,
        outflowReason: null,
        crises: [],
        referrals: [],
      }),
    ];
    const document = buildSchuldhulpverlening(cases, SHV_OPTIONS);
    expect(trajectories(document).map((t) => t.startdatum)).toEqual([
      '2020-06-01',
      '2019-06-01',
      '2021-12-31',
    ]);
    expect(schemaProblems('schuldhulpverlening.json', document)).toEqual([]);
  });

  it('writes no BSN, name or street, only the pseudonym and the data DDAS asks', () => {
    const text = JSON.stringify(buildSchuldhulpverlening([fullCase()], SHV_OPTIONS));
    for (const secretValue of [
      ANNE.bsn,
      SJOERD.bsn,
      ANNE.name,
      SJOERD.name,
      'Nieuwestad',
      'Oosterstraat',
      'client-0000',
    ])
      expect(text).not.toContain(secretValue);
  });

  it('delivers a client without a BSN by the other data, and none at all is refused', () => {
    const traject = schuldhulptraject(fullCase({ clients: [{ ...ANNE, bsn: null }] }), SHV_OPTIONS);
    expect(traject.client).toEqual([
      { Geboortedatum: '1984-03-02', Postcode: '8911AB', Huisnummer: '12', Huisnummertoevoeging: 'a' },
    ]);
    expect(() =>
      schuldhulptraject(
        fullCase({
          clients: [{ id: 'client-9', bsn: null, dateOfBirth: null, postcode: null, address: null }],
        }),
        SHV_OPTIONS,
      ),
    ).toThrow(/client client-9 has no BSN, birth date, postcode or house number/);
  });

  it('refuses input it cannot deliver: no clients, three clients, a bad day, an outflow without reason, an unknown code', () => {
    expect(() => schuldhulptraject(fullCase({ clients: [] }), SHV_OPTIONS)).toThrow(DdasInputError);
    expect(() => schuldhulptraject(fullCase({ clients: [ANNE, SJOERD, ANNE] }), SHV_OPTIONS)).toThrow(
      'DebtCase debt-case-1: DDAS delivers a trajectory of one or two clients, the graph gave 3',
    );
    expect(() => schuldhulptraject(fullCase({ solutionOn: '2021-02-30' }), SHV_OPTIONS)).toThrow(
      'DebtCase debt-case-1.solutionOn: "2021-02-30" is not a day (YYYY-MM-DD)',
    );
    expect(() => schuldhulptraject(fullCase({ outflowReason: null }), SHV_OPTIONS)).toThrow(
      /without an outflow reason/,
    );
    expect(() => schuldhulptraject(fullCase({ outflowReason: 'VERTROKKEN' }), SHV_OPTIONS)).toThrow(
      UnknownCodeError,
    );
    expect(() =>
      schuldhulptraject(
        fullCase({ referrals: [{ kind: 'BUDGETCOACH', startedOn: '2021-03-01' }] }),
        SHV_OPTIONS,
      ),
    ).toThrow(UnknownCodeError);
  });
});
