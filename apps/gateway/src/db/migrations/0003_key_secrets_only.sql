ALTER TABLE "gateway"."api_keys" DROP CONSTRAINT "api_keys_secret_hash_unique";--> statement-breakpoint
ALTER TABLE "gateway"."api_keys" DROP COLUMN "secret_hash";