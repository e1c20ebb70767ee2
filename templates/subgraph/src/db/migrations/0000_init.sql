CREATE SCHEMA "__name__";
--> statement-breakpoint
CREATE TABLE "__name__"."notes" (
	"id" text PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
