CREATE SCHEMA "debt";
--> statement-breakpoint
CREATE TYPE "debt"."aftercare_outcome" AS ENUM('STABIEL', 'NIET_STABIEL');--> statement-breakpoint
CREATE TYPE "debt"."contact_kind" AS ENUM('MAIL', 'BRIEF', 'SMS_WHATSAPP', 'TELEFOON', 'HUISBEZOEK', 'KAARTJE', 'OVERIGE');--> statement-breakpoint
CREATE TYPE "debt"."crisis_kind" AS ENUM('DREIGENDE_WONINGONTRUIMING', 'AFSLUITING_GAS', 'AFSLUITING_ELEKTRICITEIT', 'AFSLUITING_WATER', 'AFSLUITING_STADSVERWARMING', 'OPZEGGING_ZORGVERZEKERING');--> statement-breakpoint
CREATE TYPE "debt"."day_part" AS ENUM('OCHTEND', 'MIDDAG', 'AVOND');--> statement-breakpoint
CREATE TYPE "debt"."debt_complexity" AS ENUM('SIMPLE', 'PROBLEMATIC');--> statement-breakpoint
CREATE TYPE "debt"."debt_outflow_reason" AS ENUM('AFGEROND', 'INGETROKKEN', 'NIET_PASSEND', 'NIET_VERSCHENEN', 'OVERIG', 'OVERLEDEN', 'VERHUISD', 'VOLDOET_NIET', 'ZELF');--> statement-breakpoint
CREATE TYPE "debt"."debt_referral_kind" AS ENUM('CURATIEVE_SCHULDHULPVERLENING', 'BUDGETBEHEER', 'INKOMENSBEHEER', 'BESCHERMINGSBEWIND');--> statement-breakpoint
CREATE TYPE "debt"."debt_severity" AS ENUM('BEGINNEND', 'PROBLEMATISCH', 'EENVOUDIG_NIET_PROBLEMATISCH');--> statement-breakpoint
CREATE TYPE "debt"."debt_signal_kind" AS ENUM('VROEG', 'LAAT');--> statement-breakpoint
CREATE TYPE "debt"."debt_solution_kind" AS ENUM('NUL_PROCENT_AANBOD', 'BETALINGSREGELING', 'HERFINANCIERING', 'SANERINGSKREDIET', 'SCHULDBEMIDDELING', 'ANDERE_OPLOSSING');--> statement-breakpoint
CREATE TYPE "debt"."guardianship_advice" AS ENUM('POSITIEF', 'NEGATIEF');--> statement-breakpoint
CREATE TYPE "debt"."provenance" AS ENUM('SOURCE', 'SYNTHETIC', 'RECORDED');--> statement-breakpoint
CREATE TYPE "debt"."signal_outcome" AS ENUM('NIET_OPGEPAKT_GEEN_CONTACT_GEWENST', 'NIET_OPGEPAKT_GEEN_CAPACITEIT', 'NIET_OPGEPAKT', 'AL_BEKEND_BIJ_SCHULDHULPVERLENING', 'GEEN_CONTACT', 'WIL_GEEN_HULP', 'PROBEERT_HET_ZELF', 'BETAALD_VOOR_OPPAKKEN', 'BETAALD_NA_OPPAKKEN', 'BUDGETADVIES_OF_QUICK_FIX', 'ANDER_LOPEND_TRAJECT', 'VERWIJZING_FINANCIEEL', 'VOORZIEN_VAN_INFORMATIE', 'NIET_OPGEPAKT_BRP_UITSLUITING', 'VERWIJZING_NIET_FINANCIEEL');--> statement-breakpoint
CREATE TYPE "debt"."signal_partner" AS ENUM('ENERGIE', 'HUUR', 'HYPOTHEEK', 'CAK_ZORGVERZEKERINGEN', 'ZORG', 'WATER', 'DUO', 'BELASTINGDIENST', 'CAK_EIGEN_BIJDRAGE', 'DIENST_TOESLAGEN', 'OVERIGE');--> statement-breakpoint
CREATE TYPE "debt"."signal_status" AS ENUM('NOG_NIET_OPGEPAKT', 'ONTERECHT_SIGNAAL', 'OVERLEDEN', 'WOONT_NIET_IN_GEMEENTE', 'HERHAALDE_MELDING', 'NIET_OPGEPAKT', 'OPGEPAKT', 'WOONT_OP_ANDER_ADRES');--> statement-breakpoint
CREATE TYPE "debt"."volunteer_task" AS ENUM('ADMINISTRATIE', 'SCHULDREGELING_VOORBEREIDEN');--> statement-breakpoint
CREATE TABLE "debt"."debt_case_clients" (
	"case_id" text NOT NULL,
	"client_id" text NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	CONSTRAINT "debt_case_clients_case_id_client_id_pk" PRIMARY KEY("case_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "debt"."debt_case_volunteers" (
	"provenance" "debt"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"worker_id" text NOT NULL,
	"task" "debt"."volunteer_task" NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "debt_case_volunteers_dates" CHECK ("debt"."debt_case_volunteers"."ended_on" is null or "debt"."debt_case_volunteers"."ended_on" >= "debt"."debt_case_volunteers"."started_on")
);
--> statement-breakpoint
CREATE TABLE "debt"."debt_cases" (
	"provenance" "debt"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"household_id" text NOT NULL,
	"area_id" text NOT NULL,
	"opened_by_organisation_id" text NOT NULL,
	"signal_id" text,
	"severity" "debt"."debt_severity",
	"complexity" "debt"."debt_complexity",
	"registered_on" date NOT NULL,
	"intake_on" date,
	"stabilisation_on" date,
	"solution_on" date,
	"solution_kind" "debt"."debt_solution_kind",
	"aftercare_on" date,
	"aftercare_outcome" "debt"."aftercare_outcome",
	"outflow_on" date,
	"outflow_reason" "debt"."debt_outflow_reason",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "debt_cases_phase_order" CHECK (coalesce("debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on") >= "debt"."debt_cases"."registered_on"
        and coalesce("debt"."debt_cases"."stabilisation_on", "debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on") >= coalesce("debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on")
        and coalesce("debt"."debt_cases"."solution_on", "debt"."debt_cases"."stabilisation_on", "debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on") >= coalesce("debt"."debt_cases"."stabilisation_on", "debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on")
        and coalesce("debt"."debt_cases"."aftercare_on", "debt"."debt_cases"."solution_on", "debt"."debt_cases"."stabilisation_on", "debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on") >= coalesce("debt"."debt_cases"."solution_on", "debt"."debt_cases"."stabilisation_on", "debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on")
        and coalesce("debt"."debt_cases"."outflow_on", "debt"."debt_cases"."aftercare_on", "debt"."debt_cases"."solution_on", "debt"."debt_cases"."stabilisation_on", "debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on") >= coalesce("debt"."debt_cases"."aftercare_on", "debt"."debt_cases"."solution_on", "debt"."debt_cases"."stabilisation_on", "debt"."debt_cases"."intake_on", "debt"."debt_cases"."registered_on")),
	CONSTRAINT "debt_cases_solution" CHECK (("debt"."debt_cases"."solution_on" is null) = ("debt"."debt_cases"."solution_kind" is null)),
	CONSTRAINT "debt_cases_outflow" CHECK (("debt"."debt_cases"."outflow_on" is null) = ("debt"."debt_cases"."outflow_reason" is null)),
	CONSTRAINT "debt_cases_aftercare_outcome" CHECK ("debt"."debt_cases"."aftercare_outcome" is null or "debt"."debt_cases"."aftercare_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "debt"."debt_crises" (
	"provenance" "debt"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" "debt"."crisis_kind" NOT NULL,
	"reported_on" date NOT NULL,
	"first_conversation_on" date,
	"handled_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "debt_crises_dates" CHECK (("debt"."debt_crises"."first_conversation_on" is null or "debt"."debt_crises"."first_conversation_on" >= "debt"."debt_crises"."reported_on")
        and ("debt"."debt_crises"."handled_on" is null or "debt"."debt_crises"."handled_on" >= "debt"."debt_crises"."reported_on"))
);
--> statement-breakpoint
CREATE TABLE "debt"."debt_referrals" (
	"provenance" "debt"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" "debt"."debt_referral_kind" NOT NULL,
	"organisation_id" text NOT NULL,
	"started_on" date NOT NULL,
	"review_on" date NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "debt_referrals_dates" CHECK ("debt"."debt_referrals"."review_on" > "debt"."debt_referrals"."started_on" and ("debt"."debt_referrals"."ended_on" is null or "debt"."debt_referrals"."ended_on" >= "debt"."debt_referrals"."started_on"))
);
--> statement-breakpoint
CREATE TABLE "debt"."debt_signals" (
	"provenance" "debt"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"household_id" text NOT NULL,
	"area_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"kind" "debt"."debt_signal_kind" NOT NULL,
	"partner" "debt"."signal_partner" NOT NULL,
	"signalled_on" date NOT NULL,
	"received_on" date NOT NULL,
	"arrears_euros" integer,
	"crisis" boolean DEFAULT false NOT NULL,
	"status" "debt"."signal_status" DEFAULT 'NOG_NIET_OPGEPAKT' NOT NULL,
	"picked_up_on" date,
	"outcome" "debt"."signal_outcome",
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "debt_signals_dates" CHECK ("debt"."debt_signals"."received_on" >= "debt"."debt_signals"."signalled_on"),
	CONSTRAINT "debt_signals_arrears" CHECK ("debt"."debt_signals"."arrears_euros" is null or "debt"."debt_signals"."arrears_euros" >= 0),
	CONSTRAINT "debt_signals_closed" CHECK (("debt"."debt_signals"."closed_on" is null) = ("debt"."debt_signals"."outcome" is null))
);
--> statement-breakpoint
CREATE TABLE "debt"."guardianship_advices" (
	"provenance" "debt"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"advised_on" date NOT NULL,
	"advice" "debt"."guardianship_advice" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debt"."outreach_attempts" (
	"provenance" "debt"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"signal_id" text NOT NULL,
	"kind" "debt"."contact_kind" NOT NULL,
	"attempted_on" date NOT NULL,
	"day_part" "debt"."day_part" NOT NULL,
	"reached" boolean NOT NULL,
	"worker_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "debt"."debt_case_clients" ADD CONSTRAINT "debt_case_clients_case_id_debt_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "debt"."debt_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt"."debt_case_volunteers" ADD CONSTRAINT "debt_case_volunteers_case_id_debt_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "debt"."debt_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt"."debt_cases" ADD CONSTRAINT "debt_cases_signal_id_debt_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "debt"."debt_signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt"."debt_crises" ADD CONSTRAINT "debt_crises_case_id_debt_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "debt"."debt_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt"."debt_referrals" ADD CONSTRAINT "debt_referrals_case_id_debt_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "debt"."debt_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt"."guardianship_advices" ADD CONSTRAINT "guardianship_advices_case_id_debt_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "debt"."debt_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt"."outreach_attempts" ADD CONSTRAINT "outreach_attempts_signal_id_debt_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "debt"."debt_signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "debt_case_clients_one_open" ON "debt"."debt_case_clients" USING btree ("client_id") WHERE "debt"."debt_case_clients"."open";--> statement-breakpoint
CREATE INDEX "debt_case_volunteers_case_idx" ON "debt"."debt_case_volunteers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "debt_cases_household_idx" ON "debt"."debt_cases" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "debt_cases_area_idx" ON "debt"."debt_cases" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "debt_cases_opened_by_idx" ON "debt"."debt_cases" USING btree ("opened_by_organisation_id");--> statement-breakpoint
CREATE INDEX "debt_crises_case_idx" ON "debt"."debt_crises" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "debt_referrals_case_idx" ON "debt"."debt_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "debt_referrals_org_idx" ON "debt"."debt_referrals" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "debt_signals_client_idx" ON "debt"."debt_signals" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "debt_signals_area_idx" ON "debt"."debt_signals" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "debt_signals_org_idx" ON "debt"."debt_signals" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "guardianship_advices_case_idx" ON "debt"."guardianship_advices" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "outreach_attempts_signal_idx" ON "debt"."outreach_attempts" USING btree ("signal_id");