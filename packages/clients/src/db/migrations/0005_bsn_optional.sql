-- BR-CL1: a resident may be registered without a BSN (synthetic residents beyond the 9,091 numbers of
-- the test range, Standards note §4a); a BSN that is there stays unique and nine digits.
ALTER TABLE "clients"."clients" ALTER COLUMN "bsn" DROP NOT NULL;
