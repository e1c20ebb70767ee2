-- A worker role placed in Sociale Zaken, so that a consulent of Sociale Zaken can hold regie on work
-- and participation (BR-R3). The seed adds three (worker-sz-00001 …), which are synthetic.
ALTER TYPE "locations"."worker_role" ADD VALUE IF NOT EXISTS 'CONSULENT_SOCIALE_ZAKEN' BEFORE 'OPBOUWWERKER';--> statement-breakpoint
UPDATE "locations"."workers" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^worker-sz-[0-9]{5}$';
