CREATE TABLE "budget"."realisations" (
	"id" text PRIMARY KEY NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"lot" "budget"."lot" NOT NULL,
	"organisation_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "realisations_month" CHECK ("budget"."realisations"."month" between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "budget"."realisations" ADD CONSTRAINT "realisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "budget"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "realisations_year_lot_idx" ON "budget"."realisations" USING btree ("year","lot");