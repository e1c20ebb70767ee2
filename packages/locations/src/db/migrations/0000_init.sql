CREATE SCHEMA "locations";
--> statement-breakpoint
CREATE TYPE "locations"."area_kind" AS ENUM('GEBIED', 'WIJK', 'DORP');--> statement-breakpoint
CREATE TYPE "locations"."building_type" AS ENUM('COMMUNITY_CENTRE', 'WIJKTEAM_LOCATION', 'DROP_IN_LOCATION', 'SHOP', 'FORMER_SCHOOL', 'SPORTS_CANTEEN', 'CARE_HOME_PART', 'NEIGHBOURHOOD_ENTERPRISE', 'OTHER');--> statement-breakpoint
CREATE TYPE "locations"."room_status" AS ENUM('PLANNED', 'IN_NEGOTIATION', 'AGREEMENTS_DONE', 'OPEN', 'OPEN_MORNINGS_ONLY');--> statement-breakpoint
CREATE TABLE "locations"."areas" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "locations"."area_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "areas_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "locations"."room_organisations" (
	"room_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	CONSTRAINT "room_organisations_room_id_organisation_id_pk" PRIMARY KEY("room_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "locations"."rooms" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"area_id" text NOT NULL,
	"building_type" "locations"."building_type" NOT NULL,
	"status" "locations"."room_status" NOT NULL,
	"status_note" text,
	"address" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "locations"."room_organisations" ADD CONSTRAINT "room_organisations_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."rooms" ADD CONSTRAINT "rooms_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "locations"."areas"("id") ON DELETE no action ON UPDATE no action;