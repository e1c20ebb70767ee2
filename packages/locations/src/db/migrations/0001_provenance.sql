CREATE TYPE "locations"."provenance" AS ENUM('SOURCE', 'SYNTHETIC', 'RECORDED');--> statement-breakpoint
ALTER TABLE "locations"."activities" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."areas" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."facility_agreements" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."opening_hours" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."presence_slots" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."room_moments" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."rooms" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."shifts" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."visit_counts" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
ALTER TABLE "locations"."workers" ADD COLUMN "provenance" "locations"."provenance" DEFAULT 'RECORDED' NOT NULL;--> statement-breakpoint
-- Data step (issue 12, point 9): mark what the seed wrote before this migration, recognised the way
-- the seed makes it (its ids and patterns); rows written through the API keep RECORDED.
-- The areas and the nine rooms are the council letter's (SOURCE); a room changed through the API since
-- (updated_at moved on from created_at) is RECORDED.
UPDATE "locations"."areas" SET "provenance" = 'SOURCE'
  WHERE "id" IN ('area-dorpen-zuid', 'area-zuid', 'area-oud-oost', 'area-centrum-oost', 'area-noord',
    'area-noord-oost', 'area-stiens', 'area-west');--> statement-breakpoint
UPDATE "locations"."rooms" SET "provenance" = 'SOURCE'
  WHERE "id" IN ('room-kringloopwinkel-grou', 'room-oude-ambachtsschool', 'room-de-klomp', 'room-het-knooppunt',
    'room-bilgaard', 'room-heechterp-schieringen', 'room-de-wjukken', 'room-de-skalm', 'room-westenkwartier')
    AND "updated_at" = "created_at";--> statement-breakpoint
-- Everything else the seed wrote is generated (SYNTHETIC): the bench's extra rooms and each room's schedule.
UPDATE "locations"."rooms" SET "provenance" = 'SYNTHETIC' WHERE "id" LIKE 'room-gen-%';--> statement-breakpoint
UPDATE "locations"."opening_hours" SET "provenance" = 'SYNTHETIC'
  WHERE "id" = "room_id" || '-open-' || substring("id" FROM '[0-9]+$');--> statement-breakpoint
UPDATE "locations"."presence_slots" SET "provenance" = 'SYNTHETIC'
  WHERE "id" = "room_id" || '-presence-' || substring("id" FROM '[0-9]+$');--> statement-breakpoint
UPDATE "locations"."room_moments" SET "provenance" = 'SYNTHETIC'
  WHERE "id" IN ("room_id" || '-inloop', "room_id" || '-spreekuur');--> statement-breakpoint
UPDATE "locations"."facility_agreements" SET "provenance" = 'SYNTHETIC'
  WHERE "id" IN ("room_id" || '-coffee', "room_id" || '-room');--> statement-breakpoint
UPDATE "locations"."activities" SET "provenance" = 'SYNTHETIC' WHERE "id" = "room_id" || '-activity';--> statement-breakpoint
UPDATE "locations"."workers" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^worker-[0-9]{5}$';--> statement-breakpoint
UPDATE "locations"."shifts" SET "provenance" = 'SYNTHETIC' WHERE "id" ~ '^shift-worker-[0-9]{5}-1$';--> statement-breakpoint
-- Visit counts: every weekday from 4 January 2021 for 180 days in the rooms seeded open; a count
-- recorded on top of a generated one stays SYNTHETIC (part of it is invented).
UPDATE "locations"."visit_counts" SET "provenance" = 'SYNTHETIC'
  WHERE "date" BETWEEN '2021-01-04' AND '2021-07-02'
    AND extract(isodow FROM "date") < 6
    AND ("room_id" IN ('room-de-skalm', 'room-westenkwartier') OR "room_id" LIKE 'room-gen-%');
