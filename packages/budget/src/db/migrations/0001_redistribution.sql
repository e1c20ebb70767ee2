CREATE TYPE "budget"."redistribution_status" AS ENUM('SUBMITTED', 'APPROVED', 'REJECTED', 'MODIFIED');--> statement-breakpoint
CREATE TABLE "budget"."redistribution_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"lumpsum_id" text NOT NULL,
	"requested_by" text[] NOT NULL,
	"motivation" text NOT NULL,
	"client_counts" jsonb NOT NULL,
	"proposed_shares" jsonb NOT NULL,
	"status" "budget"."redistribution_status" DEFAULT 'SUBMITTED' NOT NULL,
	"decided_shares" jsonb,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget"."redistribution_requests" ADD CONSTRAINT "redistribution_requests_lumpsum_id_lumpsums_id_fk" FOREIGN KEY ("lumpsum_id") REFERENCES "budget"."lumpsums"("id") ON DELETE no action ON UPDATE no action;