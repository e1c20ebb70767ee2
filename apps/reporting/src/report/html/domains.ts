import type { Domain } from '../model.ts';

/** The report's chapters in the order the council reads them, with their Dutch titles. */
export const DOMAINS: readonly { domain: Domain; title: string }[] = [
  { domain: 'wmo', title: 'Wmo' },
  { domain: 'financien', title: 'Financiën' },
  { domain: 'kamers', title: 'Buurt- en dorpskamers' },
  { domain: 'jeugd', title: 'Jeugd' },
  { domain: 'schulden', title: 'Schuldhulpverlening' },
];

/** The municipality as a whole, as the figures name it. */
export const MUNICIPALITY = 'Gemeente Leeuwarden';
