-- The generated 2021 realisation of the joint basis + TO/DB lumpsum spread each share holder's
-- spending over both lots. Each provider now spends on the lot it holds (Amaryllis on basis,
-- Windkracht058 on TO/DB): the seed, run after the migrations, writes the entries again.
-- Only the generated entries are removed (their ids are made by the seed; recorded spending has ids
-- of the form realisation-<uuid>).
DELETE FROM "budget"."realisations"
WHERE "id" IN (
  SELECT 'realisation-2021-' || m || '-' || lot || '-' || org
  FROM generate_series(1, 12) AS m,
    unnest(ARRAY['basisondersteuning', 'thuisondersteuning_en_dagbesteding']) AS lot,
    unnest(ARRAY['org-amaryllis', 'org-windkracht058']) AS org
);
