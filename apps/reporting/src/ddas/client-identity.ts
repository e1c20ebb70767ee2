import { DdasInputError } from './errors.ts';
import { bsnPseudonym } from './pseudonym.ts';

/** A client as the graph answers it (`Client` of clients, with the personal-data scope). */
export interface GraphClient {
  id: string;
  bsn?: string | null;
  dateOfBirth?: string | null;
  postcode?: string | null;
  address?: string | null;
}

/** The identifying data DDAS asks of a client, in DDAS's spelling. */
export interface DdasClientIdentity {
  Geboortedatum?: string;
  Postcode?: string;
  Huisnummer?: string;
  Huisnummertoevoeging?: string;
}

/** `8911 AB` → `8911AB` (AN6); anything else is not delivered. */
export function ddasPostcode(postcode: string | null | undefined): string | undefined {
  const compact = postcode?.replace(/\s+/g, '').toUpperCase();
  return compact && /^[1-9][0-9]{3}[A-Z]{2}$/.test(compact) ? compact : undefined;
}

/**
 * The house number and its addition from an address line such as `Nieuwestad 12`, `Tuinen 4a` or
 * `Oude Oosterstraat 9-2` (AN5 and AN4). The street is never delivered.
 */
export function houseNumberOf(
  address: string | null | undefined,
): Pick<DdasClientIdentity, 'Huisnummer' | 'Huisnummertoevoeging'> {
  const match = address?.trim().match(/\s([1-9][0-9]{0,4})(?:\s*[-\s]?\s*([A-Za-z0-9]{1,4}))?$/);
  if (!match) return {};
  return { Huisnummer: match[1]!, ...(match[2] && { Huisnummertoevoeging: match[2] }) };
}

/**
 * The client's identifying data as DDAS asks it (BR-DB43): birth date, postcode and house number in
 * clear; the BSN only as a keyed pseudonym, and only when `secret` is given (the schuldhulpverlening
 * delivery); never the name or the street.
 */
export function ddasClient(
  client: GraphClient,
  where: string,
  secret?: string,
): DdasClientIdentity & { burgerservicenummer?: string } {
  const identity = {
    ...(secret && client.bsn && { burgerservicenummer: bsnPseudonym(client.bsn, secret) }),
    ...(client.dateOfBirth && { Geboortedatum: client.dateOfBirth }),
    ...(ddasPostcode(client.postcode) && { Postcode: ddasPostcode(client.postcode) }),
    ...houseNumberOf(client.address),
  };
  if (Object.keys(identity).length === 0)
    throw new DdasInputError(
      `${where}: client ${client.id} has no BSN, birth date, postcode or house number the graph gave; DDAS cannot place a client without them (does the key have the personal-data scope?)`,
    );
  return identity;
}
