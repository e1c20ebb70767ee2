-- Trusted documents: a key is bound to apps (the persisted-document manifests of
-- `apps/gateway/operations/<app>`) instead of a list of operation hashes. A stored hash is the SHA-256
-- of the raw text of a registered `.graphql` file; every such file there ever was is listed below
-- with its app. A key whose hashes are all listed gets their apps; a key with any other hash fails
-- closed: it is bound to `unmigrated`, an app without a manifest, and runs nothing until an
-- administrator binds it again (`pnpm keys update --id <key-id> --apps <app,…>`).
ALTER TABLE "gateway"."api_keys" ADD COLUMN "apps" text[];--> statement-breakpoint
UPDATE "gateway"."api_keys" AS "key" SET "apps" = (
  SELECT CASE
    WHEN count(*) > 0 AND bool_and("file"."app" IS NOT NULL) THEN array_agg(DISTINCT "file"."app" ORDER BY "file"."app")
    ELSE ARRAY['unmigrated']
  END
  FROM unnest("key"."trusted_operations") AS "stored"("hash")
  LEFT JOIN (VALUES
    ('4a11b777120227194cec334c4d3af93a158d3f3639a061ffed0599626136cec4', 'buurtkamer'),
    ('105db1e380cc5aadb82b2b6f55c89ddab14ce7b369f83fd0720dd9278d02de17', 'case-worker'),
    ('d7a4da79f415a55450b0b5ec34ebbcff610cd43d25289242502f8c7f8c5ac810', 'council'),
    ('bf90cce5169ce5d9b7bd6d7a18cb0472144e88e9c3b5223f79f4147af35cb82b', 'council'),
    ('e2ec85698610242720b2456aa2c513bf1a7e7e9c501cddf871a7d8f1d5303547', 'council'),
    ('714423fa457e1067f31d1e4b456bccc26ba05e8f72aec64805d4d89a67bed6a7', 'council'),
    ('b27710f17c4b17459cbeb05ab93d0612291a394566794d6367d035646ad34ae8', 'council'),
    ('707f4e795f169e83e6b890edcd0989ecca0597aa7892189904e5c1f1a011d4ca', 'council')
  ) AS "file"("hash", "app") ON "file"."hash" = "stored"."hash"
) WHERE "key"."trusted_operations" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "gateway"."api_keys" DROP COLUMN "trusted_operations";
