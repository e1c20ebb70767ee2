import type { Random } from './random.ts';

/**
 * Synthetic Dutch and Frisian names and addresses. Combined at random they make no real resident;
 * the lists are common names and generic street names found in most Frisian towns.
 */
const FIRST_NAMES = [
  'Sjoerd',
  'Tjitske',
  'Wytze',
  'Aukje',
  'Jelle',
  'Mariska',
  'Pieter',
  'Frank',
  'Anke',
  'Bauke',
  'Durk',
  'Froukje',
  'Gerrit',
  'Hinke',
  'Hylke',
  'Jildou',
  'Klaas',
  'Lysbeth',
  'Marten',
  'Nynke',
  'Oane',
  'Rixt',
  'Sietse',
  'Sjoukje',
  'Tjeerd',
  'Tsjalle',
  'Wytske',
  'Yde',
  'Ymkje',
  'Douwe',
  'Fokje',
  'Geartsje',
  'Hendrik',
  'Janneke',
  'Willem',
  'Sanne',
  'Eelke',
  'Femke',
  'Jorrit',
  'Marrit',
  'Gosse',
  'Trijntje',
  'Minne',
  'Sytske',
  'Esther',
  'Ruben',
] as const;

/** Born after 2003: the names parents chose in those years. */
const YOUNG_FIRST_NAMES = [
  'Sem',
  'Noa',
  'Daan',
  'Fenna',
  'Jesse',
  'Lotte',
  'Thijs',
  'Sara',
  'Bram',
  'Jildou',
  'Sven',
  'Nynke',
  'Luuk',
  'Femke',
  'Milan',
  'Tess',
  'Jorrit',
  'Isa',
  'Wessel',
  'Rixt',
] as const;

const LAST_NAMES = [
  'de Vries',
  'Hoekstra',
  'Dijkstra',
  'Visser',
  'Bakker',
  'van der Meer',
  'Postma',
  'Bosma',
  'de Boer',
  'Bouma',
  'Zijlstra',
  'Wijnsma',
  'Kuipers',
  'Terpstra',
  'Hiemstra',
  'de Jong',
  'Jansen',
  'Smit',
  'Mulder',
  'de Haan',
  'Brouwer',
  'Veenstra',
  'Kramer',
  'Sikkema',
  'Miedema',
  'Wiersma',
  'Kingma',
  'Hofstra',
  'Jellema',
  'Rienstra',
  'van der Wal',
  'Westra',
  'Tolsma',
  'Bergsma',
  'Boersma',
  'Feenstra',
  'Nauta',
  'Sijtsma',
  'Yntema',
  'Algra',
] as const;

const STREETS = [
  'Tuinstraat',
  'Kerkstraat',
  'Molenweg',
  'Schoolstraat',
  'Dijkstraat',
  'Julianastraat',
  'Wilhelminastraat',
  'Beatrixstraat',
  'Oranjestraat',
  'Vijverstraat',
  'Lindenlaan',
  'Eikenlaan',
  'Berkenlaan',
  'Kastanjelaan',
  'Hoofdstraat',
  'Kanaalweg',
  'Stationsweg',
  'Sportlaan',
  'Buorren',
  'Mounewei',
  'Skoalstrjitte',
  'Tsjerkepaad',
] as const;

/** Dutch postcode letters; leaving out S avoids the combinations SA, SD and SS that are not used. */
const POSTCODE_LETTERS = [...'ABCDEGHJKLMNPRTVWXZ'];

export function lastName(random: Random): string {
  return random.pick(LAST_NAMES);
}

export function fullName(random: Random, last: string, young: boolean): string {
  return `${random.pick(young ? YOUNG_FIRST_NAMES : FIRST_NAMES)} ${last}`;
}

export function streetAddress(random: Random): string {
  const number = random.int(1, 180);
  const suffix = random.chance(0.1) ? random.pick(['a', 'b', '-1', '-2']) : '';
  return `${random.pick(STREETS)} ${number}${suffix}`;
}

/** `89xx AB`: the form of Leeuwarden's postcodes. */
export function postcode(random: Random): string {
  const digits = String(random.int(0, 41)).padStart(2, '0');
  const letters = `${random.pick(POSTCODE_LETTERS)}${random.pick(POSTCODE_LETTERS)}`;
  return `89${digits} ${letters}`;
}
