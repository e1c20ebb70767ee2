CREATE TYPE "clients"."provenance" AS ENUM('SOURCE', 'SYNTHETIC', 'RECORDED');--> statement-breakpoint
ALTER TABLE "clients"."clients" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."complaints" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."coordinator_assignments" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."decisions" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."engagements" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."households" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."housing_links" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."objections" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."referrals" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."support_plans" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."support_requests" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients"."transition_interviews" ADD COLUMN "provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
-- Data step (issue 12, point 9): mark what the seed wrote before this migration. The clients seed is
-- wholly synthetic (residents, households and their cases are invented; the sourced housing figures
-- 125/99/26 only size the invented rows), so every seeded row is SYNTHETIC. The seed's ids are its
-- prefix and a zero-padded number (`client-000001`), the API's a UUID (`client-3f1c…`), so rows written
-- through the API keep RECORDED; a seeded row changed through the API since stays SYNTHETIC (the kit's
-- provenanceAfterChange: what the seed invented in it is still there).
UPDATE "clients"."households" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^household-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."clients" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^client-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."support_plans" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^plan-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."coordinator_assignments" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^regie-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."support_requests" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^request-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."referrals" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^referral-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."decisions" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^decision-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."objections" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^objection-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."complaints" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^complaint-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."engagements" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^engagement-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."transition_interviews" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^transition-[0-9]{6,}$';--> statement-breakpoint
UPDATE "clients"."housing_links" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^housing-[0-9]{6,}$';
