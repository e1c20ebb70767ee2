import type { Db } from '@mienskip/kit/db';
import type { SeedLevel } from '@mienskip/kit/server';
import {
  CONTRACTS,
  generatedRealisation2021,
  LUMPSUMS_2021,
  ORGANISATIONS,
  SAVINGS_MEASURES,
} from './reference-data.ts';
import {
  contracts,
  lumpsumMutations,
  lumpsumShares,
  lumpsums,
  organisations,
  realisations,
  savingsMeasures,
} from './tables.ts';

const SOURCE = 'SOURCE' as const;
const SYNTHETIC = 'SYNTHETIC' as const;

/**
 * What `seed` writes; rows that exist are left as they are (they may have been changed since).
 * `reference`: what the sources give (organisations, main contracts, the 2021 lumpsums line by line,
 * the savings plan), marked SOURCE. `synthetic` (default): those, and the generated realisation and
 * the bench's organisations, marked SYNTHETIC.
 */
export interface SeedOptions {
  level?: SeedLevel;
  /** Extra generated subcontractors with a year of monthly realisation each (for `pnpm bench`). */
  generatedOrganisations?: number;
}

export async function seed(db: Db, options: SeedOptions = {}): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(organisations)
      .values(ORGANISATIONS.map((organisation) => ({ ...organisation, provenance: SOURCE })))
      .onConflictDoNothing();
    await tx
      .insert(contracts)
      .values(
        CONTRACTS.map((contract) => ({
          ...contract,
          role: 'MAIN_PROVIDER' as const,
          startsOn: '2021-01-01',
          provenance: SOURCE,
        })),
      )
      .onConflictDoNothing();
    await tx
      .insert(savingsMeasures)
      .values(SAVINGS_MEASURES.map((measure) => ({ ...measure, provenance: SOURCE })))
      .onConflictDoNothing();
    for (const { lines, shares, ...lumpsum } of LUMPSUMS_2021) {
      const [inserted] = await tx
        .insert(lumpsums)
        .values({
          ...lumpsum,
          seriesId: lumpsum.id,
          year: 2021,
          status: 'PROVISIONAL',
          decidedOn: '2020-11-01',
          provenance: SOURCE,
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
          provenance: SOURCE,
        })),
      );
      await tx
        .insert(lumpsumShares)
        .values(shares.map((share) => ({ ...share, lumpsumId: lumpsum.id, provenance: SOURCE })));
    }
    if ((options.level ?? 'synthetic') !== 'synthetic') return;
    await tx
      .insert(realisations)
      .values(generatedRealisation2021().map((entry) => ({ ...entry, provenance: SYNTHETIC })))
      .onConflictDoNothing();
    const generated = Array.from({ length: options.generatedOrganisations ?? 0 }, (_, i) => ({
      id: `org-gen-${String(i + 1).padStart(5, '0')}`,
      name: `Generated subcontractor ${i + 1}`,
      kind: 'PROVIDER' as const,
      description: 'Synthetic (bench).',
      provenance: SYNTHETIC,
    }));
    for (let i = 0; i < generated.length; i += 500) {
      await tx
        .insert(organisations)
        .values(generated.slice(i, i + 500))
        .onConflictDoNothing();
    }
    const spending = generated.flatMap((organisation) =>
      Array.from({ length: 12 }, (_, m) => ({
        id: `realisation-2021-${m + 1}-gen-${organisation.id}`,
        year: 2021,
        month: m + 1,
        lot: 'THUISONDERSTEUNING_EN_DAGBESTEDING' as const,
        organisationId: organisation.id,
        amountCents: 100_000n,
        provenance: SYNTHETIC,
      })),
    );
    for (let i = 0; i < spending.length; i += 500) {
      await tx
        .insert(realisations)
        .values(spending.slice(i, i + 500))
        .onConflictDoNothing();
    }
  });
}
