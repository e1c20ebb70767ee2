CREATE TYPE "budget"."provenance" AS ENUM('SOURCE', 'SYNTHETIC', 'RECORDED');--> statement-breakpoint
ALTER TABLE "budget"."contracts" ADD COLUMN "provenance" "budget"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget"."lumpsum_mutations" ADD COLUMN "provenance" "budget"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget"."lumpsum_shares" ADD COLUMN "provenance" "budget"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget"."lumpsums" ADD COLUMN "provenance" "budget"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget"."organisations" ADD COLUMN "provenance" "budget"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget"."realisations" ADD COLUMN "provenance" "budget"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget"."savings_measures" ADD COLUMN "provenance" "budget"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
-- Data step (issue 12, point 9): mark what the seed wrote before this migration, recognised the way
-- the seed makes it (its ids); rows written through the API keep RECORDED, and so does a seeded row
-- changed through the API since (its version raised).
-- SOURCE: the organisations of 2021 (the JET's and Sociale Zaken's version raised once by 0007), the
-- main contracts, the two 2021 lumpsums with their lines and shares (council letter 2020), the
-- savings measures (Uitvoeringsplan §7.2–7.3).
UPDATE "budget"."organisations" SET "provenance" = 'SOURCE'
  WHERE "id" IN ('org-gemeente-leeuwarden', 'org-publieke-dienstverlening', 'org-sociale-zaken', 'org-jet',
    'org-amaryllis', 'org-windkracht058', 'org-miep', 'org-thfl', 'org-vol', 'org-buurtservicepunt', 'org-mindup',
    'org-ixta-noa', 'org-veilig-thuis')
    AND ("version" = 1 OR ("id" IN ('org-jet', 'org-sociale-zaken') AND "version" = 2 AND "kind" = 'MUNICIPAL_TEAM'));--> statement-breakpoint
UPDATE "budget"."contracts" SET "provenance" = 'SOURCE'
  WHERE "id" IN ('contract-2021-basis-amaryllis', 'contract-2021-todb-windkracht058', 'contract-2021-hbh-miep',
    'contract-2021-hbh-thfl') AND "version" = 1;--> statement-breakpoint
UPDATE "budget"."lumpsum_mutations" SET "provenance" = 'SOURCE'
  WHERE "lumpsum_id" IN ('lumpsum-2021-hbh', 'lumpsum-2021-todb')
    AND "id" = "lumpsum_id" || '-line-' || "position";--> statement-breakpoint
UPDATE "budget"."lumpsum_shares" SET "provenance" = 'SOURCE'
  WHERE "lumpsum_id" IN (SELECT "id" FROM "budget"."lumpsums"
    WHERE "id" IN ('lumpsum-2021-hbh', 'lumpsum-2021-todb') AND "version" = 1);--> statement-breakpoint
UPDATE "budget"."lumpsums" SET "provenance" = 'SOURCE'
  WHERE "id" IN ('lumpsum-2021-hbh', 'lumpsum-2021-todb') AND "version" = 1;--> statement-breakpoint
UPDATE "budget"."savings_measures" SET "provenance" = 'SOURCE'
  WHERE "id" ~ '^savings-[0-9]{2}$' AND "version" = 1;--> statement-breakpoint
-- SYNTHETIC: the bench's generated organisations and all generated realisation (the API's entries are
-- realisation-<uuid>).
UPDATE "budget"."organisations" SET "provenance" = 'SYNTHETIC' WHERE "id" LIKE 'org-gen-%';--> statement-breakpoint
UPDATE "budget"."realisations" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^realisation-2021-[0-9]+-';
