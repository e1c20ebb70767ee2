CREATE TABLE "gateway"."api_key_secrets" (
	"secret_hash" text PRIMARY KEY NOT NULL,
	"prefix" text,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_key_secrets_prefix_unique" UNIQUE("prefix")
);
--> statement-breakpoint
ALTER TABLE "gateway"."api_keys" ALTER COLUMN "organisation_kind" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "gateway"."api_keys" ADD COLUMN "may_introspect" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "gateway"."api_keys" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "gateway"."api_key_secrets" ADD CONSTRAINT "api_key_secrets_key_id_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "gateway"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Keys made before prefixes have none: the gateway finds them by hash once and then stores their prefix.
INSERT INTO "gateway"."api_key_secrets" ("secret_hash", "key_id", "created_at")
  SELECT "secret_hash", "id", "created_at" FROM "gateway"."api_keys";
