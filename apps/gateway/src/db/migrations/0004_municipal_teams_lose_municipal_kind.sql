-- A key stores its organisation's kind, asked of budget once. The JET and Sociale Zaken were
-- MUNICIPALITY and are MUNICIPAL_TEAM now (BR-KT4): their keys must lose municipal rights at once.
-- The gateway cannot know which organisations changed (budget owns them), so every stored
-- MUNICIPALITY kind is cleared and looked up again in the graph at the key's next use: the
-- municipality's own keys get MUNICIPALITY back, the teams' keys MUNICIPAL_TEAM.
UPDATE "gateway"."api_keys" SET "organisation_kind" = NULL WHERE "organisation_kind" = 'MUNICIPALITY';
