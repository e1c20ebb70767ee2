/** Subsidie for the sociale basis: money granted to an organisation for a year. */
import { type NotFoundError, ValidationError } from '@mienskip/kit/rules';
import { unknownOrganisation } from './organisation.ts';
import { yearRefusal } from './years.ts';

export interface SubsidyGrant {
  organisationId: string;
  year: number;
  purpose: string;
  amountCents: bigint;
}

/** The subsidy to record, or why not: more than zero, in a plausible year, for a stated purpose. */
export function decideSubsidy(
  grant: SubsidyGrant,
  knownOrganisations: ReadonlySet<string>,
): ValidationError | NotFoundError | SubsidyGrant {
  if (grant.amountCents <= 0n) return new ValidationError('amount', 'A subsidy is more than zero');
  const year = yearRefusal(grant.year);
  if (year) return year;
  if (!grant.purpose.trim()) return new ValidationError('purpose', 'Say what it is for');
  return (
    unknownOrganisation([grant.organisationId], knownOrganisations) ?? {
      ...grant,
      purpose: grant.purpose.trim(),
    }
  );
}
