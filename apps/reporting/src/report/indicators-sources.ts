/** The source documents the council's indicators come from, as the report cites them (Dutch). */
export const SOURCES = {
  uitvoeringsplan: 'Uitvoeringsplan Herijking Ondersteuning Wmo Leeuwarden (10 juli 2019)',
  lysias: 'Lysias, Wmo-beleid en -uitvoering in 16 Friese gemeenten (2017)',
  raadsbrief: 'Raadsbrief implementatie Wmo Leeuwarden (november 2020)',
  wensen: 'Rapportagewensen van de raad (domeinbeschrijving, "Reporting the council asks for")',
} as const;

/** A note every count of persons or cases carries. */
export const CBS_NOTE =
  'Zonder de bevoegdheid personal-data valt het aantal onder de CBS-regel voor kleine aantallen: 0 tot en met 7 is geheim, een groter aantal is afgerond op vijftallen. Een geheim aantal staat als "geheim" in het rapport, nooit als 0.';

/** A note on figures computed from published counts. */
export const COMPUTED_NOTE =
  'Berekend uit de gepubliceerde (afgeronde) aantallen; is een daarvan geheim, dan is de uitkomst ook geheim.';

export const POPULATION_NOTE =
  'Het inwonertal per gebied is synthetisch (verzonnen voor de proefomgeving, geen cijfer van Leeuwarden): de bronnen geven geen inwonertal per wijk of dorp.';
