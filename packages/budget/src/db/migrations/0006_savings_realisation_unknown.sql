-- The seed recorded measures 2–4 of the savings plan (the scaling-down assignments 2019 and 2020 to
-- Amaryllis, household help / ASV 2020) as fully realised, which no source says: the Uitvoeringsplan
-- (§7.3) only expects them, and the council letter of November 2020 compensates savings not
-- achieved. Their realisation is unknown until the municipality records it. A measure whose
-- realisation was recorded since (its version was raised) keeps it.
UPDATE "budget"."savings_measures"
SET "realised_cents" = NULL
WHERE "id" IN ('savings-02', 'savings-03', 'savings-04')
  AND "version" = 1
  AND "realised_cents" = "planned_cents";
