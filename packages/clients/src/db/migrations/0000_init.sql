CREATE SCHEMA "clients";
--> statement-breakpoint
CREATE TYPE "clients"."access_route" AS ENUM('DIRECT', 'VERWIJSBRIEF', 'BESCHIKKING');--> statement-breakpoint
CREATE TYPE "clients"."complaint_level" AS ENUM('MEDEWERKER', 'LEIDINGGEVENDE', 'KLACHTENBEMIDDELAAR_AANBIEDER', 'EXTERNE_KLACHTENCOMMISSIE');--> statement-breakpoint
CREATE TYPE "clients"."complaint_status" AS ENUM('OPEN', 'RESOLVED');--> statement-breakpoint
CREATE TYPE "clients"."complaint_subject" AS ENUM('TREATMENT', 'SUPPORT');--> statement-breakpoint
CREATE TYPE "clients"."decision_kind" AS ENUM('AANVULLEND_MAATWERK', 'HULP_BIJ_HET_HUISHOUDEN', 'REGIONAAL', 'LANDELIJK');--> statement-breakpoint
CREATE TYPE "clients"."decision_outcome" AS ENUM('GRANTED', 'REFUSED');--> statement-breakpoint
CREATE TYPE "clients"."delivery_form" AS ENUM('ZIN', 'PGB');--> statement-breakpoint
CREATE TYPE "clients"."destination_2021" AS ENUM('BASIS', 'AANVULLEND');--> statement-breakpoint
CREATE TYPE "clients"."end_reason" AS ENUM('GOAL_REACHED', 'MOVED', 'DECEASED', 'TRANSFERRED', 'CLIENT_STOPPED', 'OTHER');--> statement-breakpoint
CREATE TYPE "clients"."handover_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "clients"."household_role" AS ENUM('PARENT', 'YOUNG_PERSON', 'OTHER_ADULT');--> statement-breakpoint
CREATE TYPE "clients"."housing_link_status" AS ENUM('OPEN', 'SOLVED');--> statement-breakpoint
CREATE TYPE "clients"."legacy_indication" AS ENUM('PTO', 'TO1', 'TO2', 'TO3', 'TO4', 'DB1', 'DB2', 'DB3', 'DB4', 'DB5', 'DB6');--> statement-breakpoint
CREATE TYPE "clients"."life_domain" AS ENUM('MEEDOEN', 'WONEN', 'WELZIJN', 'FINANCIEN', 'SOCIALE_RELATIES', 'GEZONDHEID', 'OPVOEDEN_OPGROEIEN', 'VEILIGHEID', 'WERK_PARTICIPATIE');--> statement-breakpoint
CREATE TYPE "clients"."objection_outcome" AS ENUM('GEGROND', 'ONGEGROND', 'NIET_ONTVANKELIJK', 'INGETROKKEN');--> statement-breakpoint
CREATE TYPE "clients"."pillar" AS ENUM('SOCIALE_BASIS', 'BASIS', 'AANVULLEND');--> statement-breakpoint
CREATE TYPE "clients"."provision_type" AS ENUM('ALGEMEEN', 'MAATWERK');--> statement-breakpoint
CREATE TYPE "clients"."regie_domain" AS ENUM('WMO', 'JEUGDWET', 'WERK_PARTICIPATIE');--> statement-breakpoint
CREATE TYPE "clients"."request_channel" AS ENUM('WALK_IN_ROOM', 'OUTREACH', 'HOME_VISIT', 'DIRECT_HH_PROVIDER', 'VEILIG_THUIS_OVERDRACHT', 'DEBT_SIGNAL');--> statement-breakpoint
CREATE TYPE "clients"."request_outcome" AS ENUM('NOT_PICKED_UP', 'SOCIALE_BASIS', 'BASIS', 'AANVULLEND_REFERRAL', 'HH_PROVIDER', 'JET');--> statement-breakpoint
CREATE TYPE "clients"."request_source" AS ENUM('RESIDENT_SELF', 'THIRD_PARTY_CONCERN');--> statement-breakpoint
CREATE TYPE "clients"."support_kind" AS ENUM('THUISONDERSTEUNING', 'DAGBESTEDING', 'PERSOONLIJKE_VERZORGING', 'HULP_BIJ_HET_HUISHOUDEN', 'KORTDUREND_VERBLIJF', 'MANTELZORGONDERSTEUNING', 'RESPIJTZORG', 'JONGERENWERK', 'PARTICIPATIE', 'SCHULDHULPVERLENING', 'LICHTE_OPVOEDONDERSTEUNING', 'VERVOER', 'BESCHERMD_WONEN', 'OPVANG');--> statement-breakpoint
CREATE TYPE "clients"."transition_outcome" AS ENUM('BASIS', 'AANVULLEND', 'MAATWERKOPLOSSING');--> statement-breakpoint
CREATE TABLE "clients"."caseworkers" (
	"worker_id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."clients" (
	"id" text PRIMARY KEY NOT NULL,
	"bsn" text NOT NULL,
	"name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"household_id" text NOT NULL,
	"household_role" "clients"."household_role" NOT NULL,
	"address" text,
	"postcode" text,
	"main_residence_in_municipality" boolean DEFAULT true NOT NULL,
	"pgb_competent" boolean DEFAULT false NOT NULL,
	"prefers_decision" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "clients_bsn_unique" UNIQUE("bsn"),
	CONSTRAINT "clients_bsn_shape" CHECK ("clients"."clients"."bsn" ~ '^[0-9]{9}$')
);
--> statement-breakpoint
CREATE TABLE "clients"."complaints" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"subject" "clients"."complaint_subject" NOT NULL,
	"level" "clients"."complaint_level" DEFAULT 'MEDEWERKER' NOT NULL,
	"status" "clients"."complaint_status" DEFAULT 'OPEN' NOT NULL,
	"raised_on" date NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."coordinator_assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"household_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"domain" "clients"."regie_domain" NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "coordinator_period" CHECK ("clients"."coordinator_assignments"."ended_on" is null or "clients"."coordinator_assignments"."ended_on" >= "clients"."coordinator_assignments"."started_on")
);
--> statement-breakpoint
CREATE TABLE "clients"."decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"kind" "clients"."decision_kind" NOT NULL,
	"outcome" "clients"."decision_outcome" NOT NULL,
	"advice_by_organisation_id" text NOT NULL,
	"advice_summary" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"destination_2021" "clients"."destination_2021",
	CONSTRAINT "decisions_validity" CHECK ("clients"."decisions"."valid_to" is null or "clients"."decisions"."valid_to" >= "clients"."decisions"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "clients"."engagements" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"pillar" "clients"."pillar" NOT NULL,
	"kind" "clients"."support_kind" NOT NULL,
	"provision_type" "clients"."provision_type" NOT NULL,
	"delivery_form" "clients"."delivery_form" DEFAULT 'ZIN' NOT NULL,
	"access_route" "clients"."access_route" NOT NULL,
	"organisation_id" text NOT NULL,
	"worker_id" text,
	"hours_per_week" numeric(4, 1),
	"referral_id" text,
	"decision_id" text,
	"structural" boolean DEFAULT false NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" "clients"."end_reason",
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "engagements_period" CHECK ("clients"."engagements"."ended_on" is null or "clients"."engagements"."ended_on" >= "clients"."engagements"."started_on"),
	CONSTRAINT "engagements_pgb_maatwerk" CHECK ("clients"."engagements"."delivery_form" = 'ZIN' or "clients"."engagements"."provision_type" = 'MAATWERK')
);
--> statement-breakpoint
CREATE TABLE "clients"."households" (
	"id" text PRIMARY KEY NOT NULL,
	"area_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."housing_links" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"status" "clients"."housing_link_status" DEFAULT 'OPEN' NOT NULL,
	"solved_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."objections" (
	"id" text PRIMARY KEY NOT NULL,
	"decision_id" text NOT NULL,
	"filed_on" date NOT NULL,
	"decision_due" date NOT NULL,
	"outcome" "clients"."objection_outcome",
	"decided_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"issued_by_worker_id" text NOT NULL,
	"issued_on" date NOT NULL,
	"kind" "clients"."support_kind" NOT NULL,
	"support_request_id" text,
	"resident_requested_decision" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."support_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"household_id" text NOT NULL,
	"goals" text[] DEFAULT '{}' NOT NULL,
	"agreements" text,
	"party_organisation_ids" text[] DEFAULT '{}' NOT NULL,
	"created_by_worker_id" text NOT NULL,
	"started_on" date NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."support_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"received_on" date NOT NULL,
	"room_id" text,
	"channel" "clients"."request_channel" NOT NULL,
	"source" "clients"."request_source" NOT NULL,
	"life_domains" "clients"."life_domain"[] NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"outcome" "clients"."request_outcome",
	"assessed_by_worker_id" text,
	"assessed_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."transition_interviews" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"legacy_indication" "clients"."legacy_indication" NOT NULL,
	"legacy_organisation_id" text NOT NULL,
	"planned_on" date,
	"held_on" date,
	"outcome" "clients"."transition_outcome",
	"new_organisation_id" text,
	"handover" "clients"."handover_status" DEFAULT 'NOT_STARTED' NOT NULL,
	"early_transfer" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "transition_interviews_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
ALTER TABLE "clients"."clients" ADD CONSTRAINT "clients_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "clients"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."complaints" ADD CONSTRAINT "complaints_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."coordinator_assignments" ADD CONSTRAINT "coordinator_assignments_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "clients"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."decisions" ADD CONSTRAINT "decisions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."engagements" ADD CONSTRAINT "engagements_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."engagements" ADD CONSTRAINT "engagements_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "clients"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."engagements" ADD CONSTRAINT "engagements_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "clients"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."housing_links" ADD CONSTRAINT "housing_links_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."objections" ADD CONSTRAINT "objections_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "clients"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."referrals" ADD CONSTRAINT "referrals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."referrals" ADD CONSTRAINT "referrals_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "clients"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."support_plans" ADD CONSTRAINT "support_plans_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "clients"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."support_requests" ADD CONSTRAINT "support_requests_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients"."transition_interviews" ADD CONSTRAINT "transition_interviews_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "clients"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clients_household_idx" ON "clients"."clients" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "complaints_client_idx" ON "clients"."complaints" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coordinator_one_active" ON "clients"."coordinator_assignments" USING btree ("household_id","domain") WHERE "clients"."coordinator_assignments"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "coordinator_worker_idx" ON "clients"."coordinator_assignments" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "decisions_client_idx" ON "clients"."decisions" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "engagements_client_idx" ON "clients"."engagements" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "engagements_organisation_idx" ON "clients"."engagements" USING btree ("organisation_id","client_id");--> statement-breakpoint
CREATE INDEX "households_area_idx" ON "clients"."households" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "housing_links_client_idx" ON "clients"."housing_links" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "objections_decision_idx" ON "clients"."objections" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "referrals_client_idx" ON "clients"."referrals" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_plans_one_active" ON "clients"."support_plans" USING btree ("household_id") WHERE "clients"."support_plans"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "support_requests_client_idx" ON "clients"."support_requests" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "transition_handover_idx" ON "clients"."transition_interviews" USING btree ("handover");