CREATE TABLE "budget"."subsidies" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"year" smallint NOT NULL,
	"purpose" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidies_amount" CHECK ("budget"."subsidies"."amount_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "budget"."subsidies" ADD CONSTRAINT "subsidies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "budget"."organisations"("id") ON DELETE no action ON UPDATE no action;