ALTER TABLE "clients"."objections" ADD COLUMN "advisory_committee" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- BR-CL7 (Awb 6:7, 6:8, 7:10): a bezwaar is due six weeks after the bezwaar term ended, the term being
-- six weeks from the day after the decision's date of issue; a bezwaar filed after the term is counted
-- from its filing. No advisory committee was recorded before: six weeks for every stored bezwaar.
UPDATE "clients"."objections" AS o
SET "decision_due" = greatest(d."issued_on" + 42, o."filed_on") + 42
FROM "clients"."decisions" AS d
WHERE d."id" = o."decision_id";
