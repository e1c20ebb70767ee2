CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TYPE "audit"."access_action" AS ENUM('READ', 'WRITE');--> statement-breakpoint
CREATE TABLE "audit"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"request_id" text NOT NULL,
	"key_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"organisation_kind" text NOT NULL,
	"purpose" text,
	"source" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"action" "audit"."access_action" NOT NULL,
	"fields" text[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "audit"."access_log" USING btree ("subject_type","subject_id","at" DESC NULLS LAST);