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

-- One trigger per statement, over the statement's rows (its transition tables): an upload or
-- an import of many consultations updates each government's row once. New counts are written
-- in the order of the codes, so that two statements adding to the same governments wait for
-- each other rather than deadlock. Each branch names only the transition tables its event has.
CREATE FUNCTION iotdesk_count_consultations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO consultation_counts AS k (lg_code6, consultations)
            SELECT lg_code6, count(*) FROM new_rows GROUP BY lg_code6 ORDER BY lg_code6
            ON CONFLICT (lg_code6) DO UPDATE SET consultations = k.consultations + excluded.consultations;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE consultation_counts k SET consultations = k.consultations - gone.n
            FROM (SELECT lg_code6, count(*) AS n FROM old_rows GROUP BY lg_code6) gone
            WHERE k.lg_code6 = gone.lg_code6;
    ELSE
        -- An update moves a consultation only when its local government changed.
        UPDATE consultation_counts k SET consultations = k.consultations - gone.n
            FROM (SELECT o.lg_code6, count(*) AS n FROM old_rows o JOIN new_rows w ON w.id = o.id
                  WHERE w.lg_code6 <> o.lg_code6 GROUP BY o.lg_code6) gone
            WHERE k.lg_code6 = gone.lg_code6;
        INSERT INTO consultation_counts AS k (lg_code6, consultations)
            SELECT w.lg_code6, count(*) FROM new_rows w JOIN old_rows o ON o.id = w.id
                WHERE w.lg_code6 <> o.lg_code6 GROUP BY w.lg_code6 ORDER BY w.lg_code6
            ON CONFLICT (lg_code6) DO UPDATE SET consultations = k.consultations + excluded.consultations;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER consultation_counts_insert AFTER INSERT ON consultations
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION iotdesk_count_consultations();
CREATE TRIGGER consultation_counts_delete AFTER DELETE ON consultations
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION iotdesk_count_consultations();
CREATE TRIGGER consultation_counts_move AFTER UPDATE ON consultations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION iotdesk_count_consultations();
