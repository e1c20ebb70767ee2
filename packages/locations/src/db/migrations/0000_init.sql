CREATE SCHEMA "locations";
--> statement-breakpoint
CREATE TYPE "locations"."activity_kind" AS ENUM('SOLLICITATIECLUB', 'MAATJESTRAJECT', 'WIJKACTIVITEIT', 'FORMULIERENHULP', 'SPREEKUUR', 'GROENPROJECT', 'ONTMOETING', 'OTHER');--> statement-breakpoint
CREATE TYPE "locations"."area_kind" AS ENUM('GEBIED', 'WIJK', 'DORP');--> statement-breakpoint
CREATE TYPE "locations"."building_type" AS ENUM('COMMUNITY_CENTRE', 'WIJKTEAM_LOCATION', 'DROP_IN_LOCATION', 'SHOP', 'FORMER_SCHOOL', 'SPORTS_CANTEEN', 'CARE_HOME_PART', 'NEIGHBOURHOOD_ENTERPRISE', 'OTHER');--> statement-breakpoint
CREATE TYPE "locations"."facility_item" AS ENUM('COFFEE_TEA', 'ROOM', 'OTHER');--> statement-breakpoint
CREATE TYPE "locations"."facility_period" AS ENUM('PER_MONTH', 'PER_YEAR', 'PER_OCCASION');--> statement-breakpoint
CREATE TYPE "locations"."moment_kind" AS ENUM('INLOOP', 'SPREEKUUR');--> statement-breakpoint
CREATE TYPE "locations"."presence_role" AS ENUM('VRIJWILLIGER', 'SOCIALE_BASIS', 'BASIS', 'AANVULLEND', 'JET', 'SOCIALE_ZAKEN', 'BEHEERDER', 'OPBOUWWERKER');--> statement-breakpoint
CREATE TYPE "locations"."room_status" AS ENUM('PLANNED', 'IN_NEGOTIATION', 'AGREEMENTS_DONE', 'OPEN', 'OPEN_MORNINGS_ONLY');--> statement-breakpoint
CREATE TYPE "locations"."weekday" AS ENUM('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');--> statement-breakpoint
CREATE TYPE "locations"."worker_role" AS ENUM('SOCIAAL_WERKER', 'REGIEVOERDER', 'BEGELEIDER', 'VRIJWILLIGER', 'JET_LID', 'OPBOUWWERKER', 'BEHEERDER');--> statement-breakpoint
CREATE TABLE "locations"."activities" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"kind" "locations"."activity_kind" NOT NULL,
	"name" text NOT NULL,
	"schedule" text,
	"organisation_id" text
);
--> statement-breakpoint
CREATE TABLE "locations"."areas" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "locations"."area_kind" NOT NULL,
	"population" integer,
	"profile_summary" text,
	"dominant_problems" text[] DEFAULT '{}'::text[] NOT NULL,
	"facilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "areas_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "locations"."facility_agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"item" "locations"."facility_item" NOT NULL,
	"amount_cents" bigint NOT NULL,
	"period" "locations"."facility_period" NOT NULL,
	"description" text,
	CONSTRAINT "facility_amount" CHECK ("locations"."facility_agreements"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "locations"."opening_hours" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"weekday" "locations"."weekday" NOT NULL,
	"from_minute" smallint NOT NULL,
	"to_minute" smallint NOT NULL,
	CONSTRAINT "opening_hours_period" CHECK ("locations"."opening_hours"."from_minute" >= 0 and "locations"."opening_hours"."from_minute" < "locations"."opening_hours"."to_minute" and "locations"."opening_hours"."to_minute" <= 1440)
);
--> statement-breakpoint
CREATE TABLE "locations"."presence_slots" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"weekday" "locations"."weekday" NOT NULL,
	"from_minute" smallint NOT NULL,
	"to_minute" smallint NOT NULL,
	"role" "locations"."presence_role" NOT NULL,
	"organisation_id" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "presence_slots_period" CHECK ("locations"."presence_slots"."from_minute" >= 0 and "locations"."presence_slots"."from_minute" < "locations"."presence_slots"."to_minute" and "locations"."presence_slots"."to_minute" <= 1440)
);
--> statement-breakpoint
CREATE TABLE "locations"."room_moments" (
	"id" text PRIMARY KEY NOT NULL,
	"room_id" text NOT NULL,
	"kind" "locations"."moment_kind" NOT NULL,
	"weekday" "locations"."weekday" NOT NULL,
	"from_minute" smallint NOT NULL,
	"to_minute" smallint NOT NULL,
	"organisation_id" text,
	"description" text,
	CONSTRAINT "room_moments_period" CHECK ("locations"."room_moments"."from_minute" >= 0 and "locations"."room_moments"."from_minute" < "locations"."room_moments"."to_minute" and "locations"."room_moments"."to_minute" <= 1440)
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
CREATE TABLE "locations"."shifts" (
	"id" text PRIMARY KEY NOT NULL,
	"worker_id" text NOT NULL,
	"room_id" text NOT NULL,
	"date" date NOT NULL,
	"from_minute" smallint NOT NULL,
	"to_minute" smallint NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shifts_period" CHECK ("locations"."shifts"."from_minute" >= 0 and "locations"."shifts"."from_minute" < "locations"."shifts"."to_minute" and "locations"."shifts"."to_minute" <= 1440)
);
--> statement-breakpoint
CREATE TABLE "locations"."visit_counts" (
	"room_id" text NOT NULL,
	"date" date NOT NULL,
	"visitors" integer DEFAULT 0 NOT NULL,
	"support_requests" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "visit_counts_room_id_date_pk" PRIMARY KEY("room_id","date"),
	CONSTRAINT "visit_counts_non_negative" CHECK ("locations"."visit_counts"."visitors" >= 0 and "locations"."visit_counts"."support_requests" >= 0)
);
--> statement-breakpoint
CREATE TABLE "locations"."worker_rooms" (
	"worker_id" text NOT NULL,
	"room_id" text NOT NULL,
	CONSTRAINT "worker_rooms_worker_id_room_id_pk" PRIMARY KEY("worker_id","room_id")
);
--> statement-breakpoint
CREATE TABLE "locations"."workers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" "locations"."worker_role" NOT NULL,
	"organisation_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "locations"."activities" ADD CONSTRAINT "activities_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."facility_agreements" ADD CONSTRAINT "facility_agreements_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."opening_hours" ADD CONSTRAINT "opening_hours_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."presence_slots" ADD CONSTRAINT "presence_slots_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."room_moments" ADD CONSTRAINT "room_moments_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."room_organisations" ADD CONSTRAINT "room_organisations_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."rooms" ADD CONSTRAINT "rooms_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "locations"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."shifts" ADD CONSTRAINT "shifts_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "locations"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."shifts" ADD CONSTRAINT "shifts_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."visit_counts" ADD CONSTRAINT "visit_counts_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."worker_rooms" ADD CONSTRAINT "worker_rooms_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "locations"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations"."worker_rooms" ADD CONSTRAINT "worker_rooms_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "locations"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_room_idx" ON "locations"."activities" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "facility_agreements_room_idx" ON "locations"."facility_agreements" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "opening_hours_room_idx" ON "locations"."opening_hours" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "presence_slots_room_idx" ON "locations"."presence_slots" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "room_moments_room_idx" ON "locations"."room_moments" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "rooms_area_idx" ON "locations"."rooms" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "shifts_worker_date_idx" ON "locations"."shifts" USING btree ("worker_id","date");--> statement-breakpoint
CREATE INDEX "shifts_room_date_idx" ON "locations"."shifts" USING btree ("room_id","date");--> statement-breakpoint
CREATE INDEX "worker_rooms_room_idx" ON "locations"."worker_rooms" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "workers_organisation_idx" ON "locations"."workers" USING btree ("organisation_id");