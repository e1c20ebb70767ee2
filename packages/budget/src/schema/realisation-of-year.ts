import { isMunicipal } from '@mienskip/kit/rules';
import { contextLoader, selectsAnyOf } from '@mienskip/kit/schema';
import type { SubgraphContext } from '@mienskip/kit/server';
import type { GraphQLResolveInfo } from 'graphql';
import { monthlyRealisation } from '../store/realisations.ts';

/**
 * Monthly spending per year and lot, summed in SQL: one statement for every lumpsum of an operation.
 * A provider's key sums only its own entries.
 */
export const monthlyByLot = contextLoader(
  async (years: readonly number[], { db, caller }: SubgraphContext) => {
    const rows = await monthlyRealisation(db, years, isMunicipal(caller) ? undefined : caller.organisationId);
    return years.map((year) => rows.filter((row) => row.year === year));
  },
);

/**
 * The fields `realisation.ts` gives a lumpsum that need its year's realisation and that the caller
 * may read (`realisedMinusDecided` is the municipality's).
 */
const needsRealisation = (caller: SubgraphContext['caller']) =>
  isMunicipal(caller)
    ? ['realisationByMonth', 'realised', 'realisedMinusDecided']
    : ['realisationByMonth', 'realised'];

/**
 * Starts reading a year's monthly realisation when the operation asks for it, so that it goes out
 * beside the lumpsums of that year rather than after them (issue 19); their fields then take it from
 * the loader. A failed read leaves the loader, which reads again when a field asks.
 */
export function readRealisationOfYear(
  context: SubgraphContext,
  year: number,
  info: GraphQLResolveInfo,
): void {
  if (selectsAnyOf(info, needsRealisation(context.caller)))
    monthlyByLot(context)
      .load(year)
      .catch(() => {});
}
