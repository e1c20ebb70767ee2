CREATE TABLE "clients"."moved_debt_help" (
	"provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"pillar" "clients"."pillar" NOT NULL,
	"kind" "clients"."support_kind" NOT NULL,
	"provision_type" "clients"."provision_type" NOT NULL,
	"delivery_form" "clients"."delivery_form" NOT NULL,
	"access_route" "clients"."access_route" NOT NULL,
	"organisation_id" text NOT NULL,
	"worker_id" text,
	"hours_per_week" numeric(4, 1),
	"referral_id" text,
	"decision_id" text,
	"structural" boolean NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" "clients"."end_reason",
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."moved_debt_referrals" (
	"provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"issued_by_worker_id" text NOT NULL,
	"issued_by_organisation_id" text,
	"issued_on" date NOT NULL,
	"kind" "clients"."support_kind" NOT NULL,
	"support_request_id" text,
	"resident_requested_decision" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clients"."moved_debt_signals" (
	"provenance" "clients"."provenance" DEFAULT 'RECORDED' NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"received_on" date NOT NULL,
	"room_id" text,
	"channel" "clients"."request_channel" NOT NULL,
	"source" "clients"."request_source" NOT NULL,
	"life_domains" "clients"."life_domain"[] NOT NULL,
	"urgent" boolean NOT NULL,
	"outcome" "clients"."request_outcome",
	"assessed_by_worker_id" text,
	"assessed_on" date,
	"version" integer NOT NULL,
	"referral_ids" text[] NOT NULL
);
--> statement-breakpoint
-- Debt help is debt's (BR-CL17): a debt case of the debt subgraph is its one record. The engagements move
-- to the archive, whole, and leave; no table refers to an engagement.
INSERT INTO "clients"."moved_debt_help" ("provenance", "id", "client_id", "pillar", "kind", "provision_type", "delivery_form", "access_route", "organisation_id", "worker_id", "hours_per_week", "referral_id", "decision_id", "structural", "started_on", "ended_on", "end_reason", "version")
SELECT "provenance", "id", "client_id", "pillar", "kind", "provision_type", "delivery_form", "access_route", "organisation_id", "worker_id", "hours_per_week", "referral_id", "decision_id", "structural", "started_on", "ended_on", "end_reason", "version"
FROM "clients"."engagements" WHERE "kind" = 'SCHULDHULPVERLENING';--> statement-breakpoint
DELETE FROM "clients"."engagements" WHERE "kind" = 'SCHULDHULPVERLENING';--> statement-breakpoint
-- Referrals to debt help go the same way. Only engagements refer to a referral, and a referral starts an
-- engagement of its own kind (BR-CL13), so none is left pointing at one; should one be, the delete fails
-- and the migration with it, rather than losing a link.
INSERT INTO "clients"."moved_debt_referrals" ("provenance", "id", "client_id", "issued_by_worker_id", "issued_by_organisation_id", "issued_on", "kind", "support_request_id", "resident_requested_decision")
SELECT "provenance", "id", "client_id", "issued_by_worker_id", "issued_by_organisation_id", "issued_on", "kind", "support_request_id", "resident_requested_decision"
FROM "clients"."referrals" WHERE "kind" = 'SCHULDHULPVERLENING';--> statement-breakpoint
DELETE FROM "clients"."referrals" WHERE "kind" = 'SCHULDHULPVERLENING';--> statement-breakpoint
-- A debt signal is debt's (BR-CL18). A referral of another kind may name a signal as its request: the
-- archive keeps which (referral_ids), the referral stays in clients without the link.
INSERT INTO "clients"."moved_debt_signals" ("provenance", "id", "client_id", "received_on", "room_id", "channel", "source", "life_domains", "urgent", "outcome", "assessed_by_worker_id", "assessed_on", "version", "referral_ids")
SELECT r."provenance", r."id", r."client_id", r."received_on", r."room_id", r."channel", r."source", r."life_domains", r."urgent", r."outcome", r."assessed_by_worker_id", r."assessed_on", r."version",
  coalesce((SELECT array_agg(f."id" ORDER BY f."id") FROM "clients"."referrals" f WHERE f."support_request_id" = r."id"), '{}')
FROM "clients"."support_requests" r WHERE r."channel" = 'DEBT_SIGNAL';--> statement-breakpoint
UPDATE "clients"."referrals" SET "support_request_id" = NULL
WHERE "support_request_id" IN (SELECT "id" FROM "clients"."support_requests" WHERE "channel" = 'DEBT_SIGNAL');--> statement-breakpoint
DELETE FROM "clients"."support_requests" WHERE "channel" = 'DEBT_SIGNAL';--> statement-breakpoint
-- From now on the database refuses all three, whatever path writes.
ALTER TABLE "clients"."engagements" ADD CONSTRAINT "engagements_not_debt_help" CHECK ("clients"."engagements"."kind" <> 'SCHULDHULPVERLENING');--> statement-breakpoint
ALTER TABLE "clients"."referrals" ADD CONSTRAINT "referrals_not_debt_help" CHECK ("clients"."referrals"."kind" <> 'SCHULDHULPVERLENING');--> statement-breakpoint
ALTER TABLE "clients"."support_requests" ADD CONSTRAINT "support_requests_not_debt_signal" CHECK ("clients"."support_requests"."channel" <> 'DEBT_SIGNAL');