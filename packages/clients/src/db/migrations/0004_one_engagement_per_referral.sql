-- BR-CL13: a referral starts at most one engagement; the index holds the rule when two starts race.
-- The seed starts one engagement per referral. A database where a referral did start two (possible
-- before this rule) is not repaired silently: the index is not built until someone decides which
-- engagement the referral belongs to.
CREATE UNIQUE INDEX "engagements_one_per_referral" ON "clients"."engagements" USING btree ("referral_id") WHERE "clients"."engagements"."referral_id" is not null;