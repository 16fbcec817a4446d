-- IoT Desk schema version 8: how many consultations each local government has, kept by
-- triggers in the same transaction as the consultations themselves. The list shows its total
-- at once instead of counting a million rows each time it opens (the team server counts them
-- one by one: a count(*) there takes several times as long as the first screen itself).

-- A row per local government that has had a consultation; 0 once they are all deleted.
CREATE TABLE consultation_counts (
    lg_code6       TEXT PRIMARY KEY REFERENCES local_governments(code6),
    consultations  INTEGER NOT NULL CHECK (consultations >= 0)
) WITHOUT ROWID;

INSERT INTO consultation_counts (lg_code6, consultations)
    SELECT lg_code6, count(*) FROM consultations GROUP BY lg_code6;

CREATE TRIGGER consultation_counts_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultation_counts (lg_code6, consultations) VALUES (new.lg_code6, 1)
        ON CONFLICT (lg_code6) DO UPDATE SET consultations = consultations + 1;
END;
CREATE TRIGGER consultation_counts_delete AFTER DELETE ON consultations BEGIN
    UPDATE consultation_counts SET consultations = consultations - 1
        WHERE lg_code6 = old.lg_code6;
END;
CREATE TRIGGER consultation_counts_move AFTER UPDATE OF lg_code6 ON consultations
    WHEN new.lg_code6 <> old.lg_code6 BEGIN
    UPDATE consultation_counts SET consultations = consultations - 1
        WHERE lg_code6 = old.lg_code6;
    INSERT INTO consultation_counts (lg_code6, consultations) VALUES (new.lg_code6, 1)
        ON CONFLICT (lg_code6) DO UPDATE SET consultations = consultations + 1;
END;
