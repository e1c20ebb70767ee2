-- A key may be limited to some of the Jeugdwet purposes (art. 7.4.0) for personal youth data. Null is
-- a key that is not limited: every key made before, the development key included, stays so.
ALTER TABLE "gateway"."api_keys" ADD COLUMN "allowed_purposes" text[];
