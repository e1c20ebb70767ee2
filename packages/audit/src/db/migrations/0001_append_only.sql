-- The access log is append-only (NEN 7513): no entry is ever changed or removed, whoever asks.
CREATE FUNCTION "audit"."refuse_access_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit.access_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
-- Per statement, so that even an UPDATE or DELETE matching no row is refused.
CREATE TRIGGER "access_log_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit"."access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit"."refuse_access_log_change"();
