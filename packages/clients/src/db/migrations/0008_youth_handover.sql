CREATE TABLE "clients"."moved_jeugdwet_regie" (
	"provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"household_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"organisation_id" text,
	"domain" "clients"."regie_domain" NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "clients"."moved_light_parenting_support" (
	"provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"pillar" "clients"."pillar" NOT NULL,
	"kind" "clients"."support_kind" NOT NULL,
	"provision_type" "clients"."provision_type" NOT NULL,
	"delivery_form" "clients"."delivery_form" NOT NULL,
	"access_route" "clients"."access_route" NOT NULL,
	"organisation_id" text NOT NULL,
	"worker_id" text,
	"hours_per_week" numeric(4, 1),
	"referral_id" text,
	"decision_id" text,
	"structural" boolean NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" "clients"."end_reason",
	"version" integer NOT NULL
);
--> statement-breakpoint
-- Jeugdwet procesregie is youth's (BR-CL15): what clients recorded moves to the archive, whole, and leaves.
INSERT INTO "clients"."moved_jeugdwet_regie" ("provenance", "id", "household_id", "worker_id", "organisation_id", "domain", "started_on", "ended_on")
SELECT "provenance", "id", "household_id", "worker_id", "organisation_id", "domain", "started_on", "ended_on"
FROM "clients"."coordinator_assignments" WHERE "domain" = 'JEUGDWET';--> statement-breakpoint
DELETE FROM "clients"."coordinator_assignments" WHERE "domain" = 'JEUGDWET';--> statement-breakpoint
-- Light parenting support is youth's (BR-CL16): the engagements move the same way. No table refers to an engagement.
INSERT INTO "clients"."moved_light_parenting_support" ("provenance", "id", "client_id", "pillar", "kind", "provision_type", "delivery_form", "access_route", "organisation_id", "worker_id", "hours_per_week", "referral_id", "decision_id", "structural", "started_on", "ended_on", "end_reason", "version")
SELECT "provenance", "id", "client_id", "pillar", "kind", "provision_type", "delivery_form", "access_route", "organisation_id", "worker_id", "hours_per_week", "referral_id", "decision_id", "structural", "started_on", "ended_on", "end_reason", "version"
FROM "clients"."engagements" WHERE "kind" = 'LICHTE_OPVOEDONDERSTEUNING';--> statement-breakpoint
DELETE FROM "clients"."engagements" WHERE "kind" = 'LICHTE_OPVOEDONDERSTEUNING';--> statement-breakpoint
-- From now on the database refuses both, whatever path writes.
ALTER TABLE "clients"."coordinator_assignments" ADD CONSTRAINT "coordinator_not_jeugdwet" CHECK ("clients"."coordinator_assignments"."domain" <> 'JEUGDWET');--> statement-breakpoint
ALTER TABLE "clients"."engagements" ADD CONSTRAINT "engagements_not_light_parenting_support" CHECK ("clients"."engagements"."kind" <> 'LICHTE_OPVOEDONDERSTEUNING');
