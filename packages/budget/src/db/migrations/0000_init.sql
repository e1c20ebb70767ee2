CREATE SCHEMA "budget";
--> statement-breakpoint
CREATE TYPE "budget"."contract_role" AS ENUM('MAIN_PROVIDER', 'SUBCONTRACTOR');--> statement-breakpoint
CREATE TYPE "budget"."lot" AS ENUM('BASISONDERSTEUNING', 'THUISONDERSTEUNING_EN_DAGBESTEDING', 'HULP_BIJ_HUISHOUDEN', 'KORTDUREND_VERBLIJF');--> statement-breakpoint
CREATE TYPE "budget"."lumpsum_status" AS ENUM('ESTIMATED', 'PROVISIONAL', 'DEFINITIVE');--> statement-breakpoint
CREATE TYPE "budget"."mutation_kind" AS ENUM('PRICE_INDEX', 'AUTONOMOUS_GROWTH', 'DRAW_EFFECT_SUBSCRIPTION_RATE', 'PGB_ZIN_SHIFT', 'JET_ADJUSTMENT', 'CLIENT_DISTRIBUTION', 'PGB_EFFECT_OF_CLIENT_DISTRIBUTION', 'SAVINGS_NOT_ACHIEVED_COMPENSATION');--> statement-breakpoint
CREATE TYPE "budget"."organisation_kind" AS ENUM('MUNICIPALITY', 'PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER');--> statement-breakpoint
CREATE TABLE "budget"."contracts" (
	"id" text PRIMARY KEY NOT NULL,
	"lot" "budget"."lot" NOT NULL,
	"organisation_id" text NOT NULL,
	"role" "budget"."contract_role" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget"."lumpsum_mutations" (
	"id" text PRIMARY KEY NOT NULL,
	"lumpsum_id" text NOT NULL,
	"position" smallint NOT NULL,
	"kind" "budget"."mutation_kind" NOT NULL,
	"amount_cents" bigint NOT NULL,
	"explanation" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget"."lumpsum_shares" (
	"lumpsum_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "lumpsum_shares_lumpsum_id_organisation_id_pk" PRIMARY KEY("lumpsum_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "budget"."lumpsums" (
	"id" text PRIMARY KEY NOT NULL,
	"series_id" text NOT NULL,
	"correction" smallint DEFAULT 0 NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"lots" "budget"."lot"[] NOT NULL,
	"status" "budget"."lumpsum_status" NOT NULL,
	"decided_cents" bigint NOT NULL,
	"base_cents" bigint NOT NULL,
	"decided_on" date,
	"source" text,
	"superseded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lumpsums_amounts" CHECK ("budget"."lumpsums"."decided_cents" >= 0 and "budget"."lumpsums"."base_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget"."organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "budget"."organisation_kind" NOT NULL,
	"agb_code" text,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "budget"."contracts" ADD CONSTRAINT "contracts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "budget"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget"."lumpsum_mutations" ADD CONSTRAINT "lumpsum_mutations_lumpsum_id_lumpsums_id_fk" FOREIGN KEY ("lumpsum_id") REFERENCES "budget"."lumpsums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget"."lumpsum_shares" ADD CONSTRAINT "lumpsum_shares_lumpsum_id_lumpsums_id_fk" FOREIGN KEY ("lumpsum_id") REFERENCES "budget"."lumpsums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget"."lumpsum_shares" ADD CONSTRAINT "lumpsum_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "budget"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contracts_lot_idx" ON "budget"."contracts" USING btree ("lot");--> statement-breakpoint
CREATE INDEX "contracts_organisation_idx" ON "budget"."contracts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "lumpsum_mutations_lumpsum_idx" ON "budget"."lumpsum_mutations" USING btree ("lumpsum_id");--> statement-breakpoint
CREATE INDEX "lumpsums_year_idx" ON "budget"."lumpsums" USING btree ("year");