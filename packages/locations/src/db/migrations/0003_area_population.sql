-- Synthetic inhabitants per area (the sources give none), the same figures the seed writes on a new
-- database (reference-data.ts). Only areas without a population yet: a figure set since is kept.
UPDATE "locations"."areas" SET "population" = v."population"
  FROM (VALUES ('area-dorpen-zuid', 14000), ('area-zuid', 16500), ('area-oud-oost', 9500),
    ('area-centrum-oost', 11000), ('area-noord', 12500), ('area-noord-oost', 15000), ('area-stiens', 8000),
    ('area-west', 13500)) AS v("id", "population")
  WHERE "locations"."areas"."id" = v."id" AND "locations"."areas"."population" IS NULL;
