CREATE SCHEMA "budget";
--> statement-breakpoint
CREATE TYPE "budget"."organisation_kind" AS ENUM('MUNICIPALITY', 'PROVIDER', 'VOLUNTEER_ORGANISATION', 'PARTNER');--> statement-breakpoint
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
