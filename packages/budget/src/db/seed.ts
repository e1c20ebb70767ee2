import type { Db } from '@mienskip/kit';
import { CONTRACTS, LUMPSUMS_2021, ORGANISATIONS, SAVINGS_MEASURES } from './reference-data.ts';
import {
  contracts,
  lumpsumMutations,
  lumpsumShares,
  lumpsums,
  organisations,
  savingsMeasures,
} from './schema.ts';

/** Reference data; rows that exist are left as they are (they may have been changed since). */
export async function seed(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(organisations)
      .values([...ORGANISATIONS])
      .onConflictDoNothing();
    await tx
      .insert(contracts)
      .values(
        CONTRACTS.map((contract) => ({
          ...contract,
          role: 'MAIN_PROVIDER' as const,
          startsOn: '2021-01-01',
        })),
      )
      .onConflictDoNothing();
    await tx.insert(savingsMeasures).values(SAVINGS_MEASURES).onConflictDoNothing();
    for (const { lines, shares, ...lumpsum } of LUMPSUMS_2021) {
      const [inserted] = await tx
        .insert(lumpsums)
        .values({
          ...lumpsum,
          seriesId: lumpsum.id,
          year: 2021,
          status: 'PROVISIONAL',
          decidedOn: '2020-11-01',
        })
        .onConflictDoNothing()
        .returning({ id: lumpsums.id });
      if (!inserted) continue; // Seeded before: keep what was changed since.
      await tx.insert(lumpsumMutations).values(
        lines.map((line, i) => ({
          ...line,
          id: `${lumpsum.id}-line-${i + 1}`,
          lumpsumId: lumpsum.id,
          position: i + 1,
        })),
      );
      await tx.insert(lumpsumShares).values(shares.map((share) => ({ ...share, lumpsumId: lumpsum.id })));
    }
  });
}
