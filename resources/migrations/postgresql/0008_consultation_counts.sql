-- PostgreSQL form of IoT Desk schema version 8 (the same version as ../0008_consultation_counts.sql).
-- IoT Desk schema version 8: how many consultations each local government has, kept by
-- triggers in the same transaction as the consultations themselves. The list shows its total
-- at once instead of counting a million rows each time it opens (the server counts them one
-- by one: a count(*) here takes several times as long as the first screen itself).

-- A row per local government that has had a consultation; 0 once they are all deleted.
CREATE TABLE consultation_counts (
    lg_code6       text PRIMARY KEY REFERENCES local_governments(code6),
    consultations  bigint NOT NULL CHECK (consultations >= 0)
);

INSERT INTO consultation_counts (lg_code6, consultations)
    SELECT lg_code6, count(*) FROM consultations GROUP BY lg_code6;

-- One row-level trigger for each event: a consultation is logged, corrected or deleted one at
-- a time, and a row's upsert costs less than a statement's transition tables. A correction
-- that keeps the local government fires nothing.
CREATE FUNCTION iotdesk_count_consultations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE consultation_counts SET consultations = consultations - 1
            WHERE lg_code6 = OLD.lg_code6;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO consultation_counts AS k (lg_code6, consultations) VALUES (NEW.lg_code6, 1)
            ON CONFLICT (lg_code6) DO UPDATE SET consultations = k.consultations + 1;
    END IF;
    RETURN NULL;
END
$$;

-- Deferred to the commit: a government's count row is then locked only while the transaction
-- commits, not while the rest of it (the history, the follow-ups) is written, so that people
-- logging for the same government at once wait for each other as little as can be.
CREATE CONSTRAINT TRIGGER consultation_counts_insert AFTER INSERT ON consultations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION iotdesk_count_consultations();
CREATE CONSTRAINT TRIGGER consultation_counts_delete AFTER DELETE ON consultations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION iotdesk_count_consultations();
CREATE CONSTRAINT TRIGGER consultation_counts_move AFTER UPDATE OF lg_code6 ON consultations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.lg_code6 <> OLD.lg_code6)
    EXECUTE FUNCTION iotdesk_count_consultations();
