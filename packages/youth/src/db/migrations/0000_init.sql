CREATE SCHEMA "youth";
--> statement-breakpoint
CREATE TYPE "youth"."gi_framework" AS ENUM('GEDWONGEN', 'VRIJWILLIG');--> statement-breakpoint
CREATE TYPE "youth"."light_support_goal" AS ENUM('INFORMATIE_EN_ADVIES', 'VERSTERKEN_OPVOEDKUNDIG_HANDELEN', 'BALANS_DRAAGKRACHT_DRAAGLAST', 'PSYCHOSOCIAAL_FUNCTIONEREN', 'GEZINSCOMMUNICATIE', 'SPECIFIEKE_OPVOEDVAARDIGHEDEN');--> statement-breakpoint
CREATE TYPE "youth"."meldcode_outcome" AS ENUM('MELDEN', 'NIET_MELDEN');--> statement-breakpoint
CREATE TYPE "youth"."provenance" AS ENUM('SOURCE', 'SYNTHETIC', 'RECORDED');--> statement-breakpoint
CREATE TYPE "youth"."regie_lead" AS ENUM('WMO_REGIEVOERDER', 'PROCESREGISSEUR');--> statement-breakpoint
CREATE TYPE "youth"."risk_outcome" AS ENUM('GEEN_ZORGEN', 'ZORGEN', 'ONVEILIG');--> statement-breakpoint
CREATE TYPE "youth"."safety_task" AS ENUM('VEILIGHEIDS_EN_HERSTELPLAN', 'VERZOEK_TOT_ONDERZOEK', 'VEILIG_THUIS_OVERDRACHT', 'REGIE_VERVOLGSTAPPEN');--> statement-breakpoint
CREATE TYPE "youth"."safety_task_assignee" AS ENUM('BASIS', 'JET');--> statement-breakpoint
CREATE TYPE "youth"."veilig_thuis_direction" AS ENUM('MELDING', 'OVERDRACHT');--> statement-breakpoint
CREATE TYPE "youth"."youth_close_reason" AS ENUM('VOLGENS_PLAN', 'VOORTIJDIG_IN_OVERLEG', 'EENZIJDIG_CLIENT', 'EENZIJDIG_AANBIEDER', 'EXTERNE_OMSTANDIGHEDEN');--> statement-breakpoint
CREATE TYPE "youth"."youth_route" AS ENUM('SOCIALE_BASIS', 'BASIS', 'JEUGDWET');--> statement-breakpoint
CREATE TABLE "youth"."case_conferences" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"held_on" date NOT NULL,
	"participant_organisation_ids" text[] NOT NULL,
	"information_shared" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."combined_regie_agreements" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"wmo_regievoerder_id" text NOT NULL,
	"process_director_id" text NOT NULL,
	"lead" "youth"."regie_lead" NOT NULL,
	"agreed_on" date NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."gi_cooperations" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"framework" "youth"."gi_framework" NOT NULL,
	"started_on" date NOT NULL,
	"stepped_down_on" date,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gi_cooperations_step_down" CHECK ("youth"."gi_cooperations"."stepped_down_on" is null or ("youth"."gi_cooperations"."framework" = 'VRIJWILLIG' and "youth"."gi_cooperations"."stepped_down_on" >= "youth"."gi_cooperations"."started_on"))
);
--> statement-breakpoint
CREATE TABLE "youth"."investigation_requests" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"filed_on" date NOT NULL,
	"development_seriously_threatened" boolean NOT NULL,
	"parents_not_accepting_care" boolean NOT NULL,
	"parents_not_expected_to_cope" boolean NOT NULL,
	"filed_by" "youth"."safety_task_assignee" NOT NULL,
	"jeugdbeschermingstafel_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investigation_requests_conditions" CHECK ("youth"."investigation_requests"."development_seriously_threatened" and ("youth"."investigation_requests"."parents_not_accepting_care" or "youth"."investigation_requests"."parents_not_expected_to_cope"))
);
--> statement-breakpoint
CREATE TABLE "youth"."jet_consultations" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"consulted_on" date NOT NULL,
	"expert_id" text NOT NULL,
	"expert_organisation_id" text NOT NULL,
	"advice" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."jet_decisions" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"route" "youth"."youth_route" NOT NULL,
	"support" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."light_parenting_support" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"goals" "youth"."light_support_goal"[] NOT NULL,
	"worker_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "light_parenting_support_goals" CHECK (cardinality("youth"."light_parenting_support"."goals") between 1 and 6),
	CONSTRAINT "light_parenting_support_dates" CHECK ("youth"."light_parenting_support"."ended_on" is null or "youth"."light_parenting_support"."ended_on" >= "youth"."light_parenting_support"."started_on")
);
--> statement-breakpoint
CREATE TABLE "youth"."meldcode_weighings" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"risk_assessment_id" text NOT NULL,
	"weighed_on" date NOT NULL,
	"outcome" "youth"."meldcode_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."risk_assessments" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"child_id" text NOT NULL,
	"assessed_on" date NOT NULL,
	"assessor_id" text NOT NULL,
	"adult_problems_assessed" boolean NOT NULL,
	"adult_problems_risk" boolean NOT NULL,
	"outcome" "youth"."risk_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_assessments_adult_problems" CHECK ("youth"."risk_assessments"."adult_problems_assessed")
);
--> statement-breakpoint
CREATE TABLE "youth"."safety_plans" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"risk_assessment_id" text NOT NULL,
	"drawn_up_on" date NOT NULL,
	"made_with_family" boolean NOT NULL,
	"follow_up_steps" text NOT NULL,
	"drawn_up_by" "youth"."safety_task_assignee" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."safety_signals" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"child_id" text NOT NULL,
	"signalled_on" date NOT NULL,
	"organisation_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."safety_task_allocations" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"case_id" text NOT NULL,
	"task" "youth"."safety_task" NOT NULL,
	"assignee" "youth"."safety_task_assignee" NOT NULL,
	"agreed_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_task_allocations_case_id_task_pk" PRIMARY KEY("case_id","task")
);
--> statement-breakpoint
CREATE TABLE "youth"."veilig_thuis_events" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"direction" "youth"."veilig_thuis_direction" NOT NULL,
	"occurred_on" date NOT NULL,
	"meldcode_weighing_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "veilig_thuis_events_weighing" CHECK (("youth"."veilig_thuis_events"."direction" = 'MELDING') = ("youth"."veilig_thuis_events"."meldcode_weighing_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "youth"."verwijsindex_matches" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"registration_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"matched_on" date NOT NULL,
	"contacted_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verwijsindex_matches_dates" CHECK ("youth"."verwijsindex_matches"."contacted_on" is null or "youth"."verwijsindex_matches"."contacted_on" >= "youth"."verwijsindex_matches"."matched_on")
);
--> statement-breakpoint
CREATE TABLE "youth"."verwijsindex_registrations" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"child_id" text NOT NULL,
	"registered_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "youth"."youth_case_children" (
	"case_id" text NOT NULL,
	"client_id" text NOT NULL,
	CONSTRAINT "youth_case_children_case_id_client_id_pk" PRIMARY KEY("case_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "youth"."youth_cases" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"household_id" text NOT NULL,
	"area_id" text NOT NULL,
	"route" "youth"."youth_route" NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"close_reason" "youth"."youth_close_reason",
	"opened_by_organisation_id" text NOT NULL,
	"process_director_id" text,
	"process_director_organisation_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "youth_cases_jeugdwet_director" CHECK ("youth"."youth_cases"."route" <> 'JEUGDWET' or ("youth"."youth_cases"."process_director_id" is not null and "youth"."youth_cases"."process_director_organisation_id" is not null)),
	CONSTRAINT "youth_cases_closed" CHECK (("youth"."youth_cases"."closed_on" is null) = ("youth"."youth_cases"."close_reason" is null)),
	CONSTRAINT "youth_cases_dates" CHECK ("youth"."youth_cases"."closed_on" is null or "youth"."youth_cases"."closed_on" >= "youth"."youth_cases"."opened_on")
);
--> statement-breakpoint
CREATE TABLE "youth"."youth_referrals" (
	"provenance" "youth"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"referred_on" date NOT NULL,
	"consultation_id" text NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "youth_referrals_dates" CHECK ("youth"."youth_referrals"."ended_on" is null or "youth"."youth_referrals"."ended_on" >= "youth"."youth_referrals"."referred_on")
);
--> statement-breakpoint
ALTER TABLE "youth"."case_conferences" ADD CONSTRAINT "case_conferences_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."combined_regie_agreements" ADD CONSTRAINT "combined_regie_agreements_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."gi_cooperations" ADD CONSTRAINT "gi_cooperations_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."investigation_requests" ADD CONSTRAINT "investigation_requests_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."jet_consultations" ADD CONSTRAINT "jet_consultations_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."jet_decisions" ADD CONSTRAINT "jet_decisions_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."light_parenting_support" ADD CONSTRAINT "light_parenting_support_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."meldcode_weighings" ADD CONSTRAINT "meldcode_weighings_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."meldcode_weighings" ADD CONSTRAINT "meldcode_weighings_risk_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("risk_assessment_id") REFERENCES "youth"."risk_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."risk_assessments" ADD CONSTRAINT "risk_assessments_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."safety_plans" ADD CONSTRAINT "safety_plans_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."safety_plans" ADD CONSTRAINT "safety_plans_risk_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("risk_assessment_id") REFERENCES "youth"."risk_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."safety_signals" ADD CONSTRAINT "safety_signals_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."safety_task_allocations" ADD CONSTRAINT "safety_task_allocations_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."veilig_thuis_events" ADD CONSTRAINT "veilig_thuis_events_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."veilig_thuis_events" ADD CONSTRAINT "veilig_thuis_events_meldcode_weighing_id_meldcode_weighings_id_fk" FOREIGN KEY ("meldcode_weighing_id") REFERENCES "youth"."meldcode_weighings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."verwijsindex_matches" ADD CONSTRAINT "verwijsindex_matches_registration_id_verwijsindex_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "youth"."verwijsindex_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."verwijsindex_registrations" ADD CONSTRAINT "verwijsindex_registrations_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."youth_case_children" ADD CONSTRAINT "youth_case_children_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."youth_referrals" ADD CONSTRAINT "youth_referrals_case_id_youth_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "youth"."youth_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "youth"."youth_referrals" ADD CONSTRAINT "youth_referrals_consultation_id_jet_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "youth"."jet_consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_conferences_case_idx" ON "youth"."case_conferences" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "combined_regie_one_open" ON "youth"."combined_regie_agreements" USING btree ("case_id") WHERE "youth"."combined_regie_agreements"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "gi_cooperations_case_idx" ON "youth"."gi_cooperations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "investigation_requests_case_idx" ON "youth"."investigation_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "jet_consultations_case_idx" ON "youth"."jet_consultations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "jet_decisions_case_idx" ON "youth"."jet_decisions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "light_parenting_support_case_idx" ON "youth"."light_parenting_support" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "meldcode_weighings_case_idx" ON "youth"."meldcode_weighings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "risk_assessments_case_idx" ON "youth"."risk_assessments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "safety_plans_case_idx" ON "youth"."safety_plans" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_plans_assessment_idx" ON "youth"."safety_plans" USING btree ("risk_assessment_id");--> statement-breakpoint
CREATE INDEX "safety_signals_case_idx" ON "youth"."safety_signals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "veilig_thuis_events_case_idx" ON "youth"."veilig_thuis_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "verwijsindex_matches_registration_idx" ON "youth"."verwijsindex_matches" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "verwijsindex_registrations_case_idx" ON "youth"."verwijsindex_registrations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "youth_case_children_client_idx" ON "youth"."youth_case_children" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "youth_cases_household_idx" ON "youth"."youth_cases" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "youth_cases_area_idx" ON "youth"."youth_cases" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "youth_cases_director_org_idx" ON "youth"."youth_cases" USING btree ("process_director_organisation_id");--> statement-breakpoint
CREATE INDEX "youth_cases_opened_by_idx" ON "youth"."youth_cases" USING btree ("opened_by_organisation_id");--> statement-breakpoint
CREATE INDEX "youth_referrals_case_idx" ON "youth"."youth_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "youth_referrals_org_idx" ON "youth"."youth_referrals" USING btree ("organisation_id");