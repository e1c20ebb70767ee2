CREATE TABLE "budget"."savings_measures" (
	"id" text PRIMARY KEY NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"from_year" smallint NOT NULL,
	"planned_cents" bigint NOT NULL,
	"realised_cents" bigint,
	"structural" boolean DEFAULT true NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL
);
