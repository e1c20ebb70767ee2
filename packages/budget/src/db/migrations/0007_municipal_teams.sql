-- The JET and Sociale Zaken are municipal teams with a task of their own, not the municipality's
-- back office (BR-KT4): they get the kind MUNICIPAL_TEAM. The migrator runs every pending migration
-- in one transaction, where a value added by ALTER TYPE … ADD VALUE cannot be used yet, so the enum
-- is made anew (a new type's values can be used at once) and the column moved to it.
ALTER TYPE "budget"."organisation_kind" RENAME TO "organisation_kind_before_teams";--> statement-breakpoint
CREATE TYPE "budget"."organisation_kind" AS ENUM('MUNICIPALITY', 'MUNICIPAL_TEAM', 'PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER');--> statement-breakpoint
ALTER TABLE "budget"."organisations" ALTER COLUMN "kind" SET DATA TYPE "budget"."organisation_kind" USING "kind"::text::"budget"."organisation_kind";--> statement-breakpoint
DROP TYPE "budget"."organisation_kind_before_teams";--> statement-breakpoint
UPDATE "budget"."organisations"
SET "kind" = 'MUNICIPAL_TEAM', "version" = "version" + 1
WHERE "id" IN ('org-jet', 'org-sociale-zaken') AND "kind" = 'MUNICIPALITY';
