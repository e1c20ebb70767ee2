-- Who issued a referral and a decision is stored on the row when it is made, so that reads need no
-- look-up, and the copy of locations' workers (caseworkers) goes: workers are looked up in locations.
ALTER TABLE "clients"."referrals" ADD COLUMN "issued_by_organisation_id" text;--> statement-breakpoint
-- A referral counts as a basis worker's (BR-A3) when its issuer was a caseworker of the basis
-- provider, as the copied table said until now; others stay null.
UPDATE "clients"."referrals" AS r SET "issued_by_organisation_id" = c."organisation_id"
  FROM "clients"."caseworkers" AS c
  WHERE c."worker_id" = r."issued_by_worker_id" AND c."organisation_id" = 'org-amaryllis';--> statement-breakpoint
ALTER TABLE "clients"."decisions" ADD COLUMN "issued_by_organisation_id" text;--> statement-breakpoint
-- Every decision so far was issued by the municipality.
UPDATE "clients"."decisions" SET "issued_by_organisation_id" = 'org-gemeente-leeuwarden';--> statement-breakpoint
ALTER TABLE "clients"."decisions" ALTER COLUMN "issued_by_organisation_id" SET NOT NULL;--> statement-breakpoint
DROP TABLE "clients"."caseworkers" CASCADE;
