CREATE TYPE "clients"."charge_period" AS ENUM('MONTH', 'FOUR_WEEKS');--> statement-breakpoint
CREATE TABLE "clients"."charge_rates" (
	"year" integer PRIMARY KEY NOT NULL,
	"amount_cents" bigint NOT NULL,
	"per" "clients"."charge_period" NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "charge_rates_amount" CHECK ("clients"."charge_rates"."amount_cents" > 0)
);--> statement-breakpoint
-- BR-E1: the abonnementstarief is a figure per year, as the sources give it; a year without a row has
-- no known rate and is refused, never guessed. A new year's rate is added here, in a migration, with
-- the document and section that give it.
INSERT INTO "clients"."charge_rates" ("year", "amount_cents", "per", "source") VALUES
  (2018, 1750, 'FOUR_WEEKS', 'Alliantie note, "Eigen bijdrage/abonnementstarief" (R-004-25): the maximum rate in 2018, €17.50 per four weeks'),
  (2020, 1900, 'MONTH', 'Uitvoeringsplan Herijking Ondersteuning Wmo (10 July 2019), §4.8: from 2020 €19.00 per month');
