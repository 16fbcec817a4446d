-- IoT Desk schema version 4: the consultation log. People (municipal counterparts and the
-- consultants themselves) are kept once and reused; every phone call, e-mail, visit or
-- meeting is one consultation with its follow-ups; a trigram full-text index covers the
-- summary, the advice and the mail.

-- AUTOINCREMENT: an id is never given again after a delete, so the history's entries for
-- "consultation 5" always speak of one record.
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('municipal', 'consultant')),
    name        TEXT NOT NULL CHECK (name <> ''),
    kana        TEXT NOT NULL DEFAULT '',
    lg_code6    TEXT REFERENCES local_governments(code6),  -- municipal contacts only
    department  TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',  -- lower case
    phone       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((kind = 'municipal') = (lg_code6 IS NOT NULL))
);
CREATE INDEX contacts_by_government ON contacts(lg_code6, name);
CREATE INDEX contacts_by_email ON contacts(email) WHERE email <> '';
CREATE INDEX contacts_by_kind ON contacts(kind, name);

CREATE TABLE consultations (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at       TEXT NOT NULL,  -- UTC, yyyy-MM-ddTHH:mm:ssZ (fixed width: sorts as text)
    lg_code6          TEXT NOT NULL REFERENCES local_governments(code6),
    counterpart_id    INTEGER REFERENCES contacts(id),
    consultant_id     INTEGER REFERENCES contacts(id),
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'visit', 'online',
                                                       'other')),
    direction         TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    topics            INTEGER NOT NULL DEFAULT 0 CHECK (topics >= 0),  -- one bit per topic
    duration_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes BETWEEN 0 AND 1440),
    summary           TEXT NOT NULL DEFAULT '',
    advice            TEXT NOT NULL DEFAULT '',
    mail_subject      TEXT NOT NULL DEFAULT '',
    mail_from         TEXT NOT NULL DEFAULT '',
    mail_to           TEXT NOT NULL DEFAULT '',
    mail_cc           TEXT NOT NULL DEFAULT '',
    mail_body         TEXT NOT NULL DEFAULT '',
    message_id        TEXT UNIQUE,  -- of an imported mail; a second copy is refused
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL DEFAULT ''
);
-- Every sort and filter of the list walks one of these in order, so a page is read without
-- sorting the table.
CREATE INDEX consultations_by_time ON consultations(occurred_at);
CREATE INDEX consultations_by_government ON consultations(lg_code6, occurred_at);
CREATE INDEX consultations_by_consultant ON consultations(consultant_id, occurred_at);
CREATE INDEX consultations_by_channel ON consultations(channel, occurred_at);
CREATE INDEX consultations_by_counterpart ON consultations(counterpart_id);

CREATE TABLE follow_ups (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    consultation_id  INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    action           TEXT NOT NULL CHECK (action <> ''),
    due_on           TEXT,  -- date
    owner_id         INTEGER REFERENCES contacts(id),
    done_on          TEXT   -- date; NULL while open
);
CREATE INDEX follow_ups_by_consultation ON follow_ups(consultation_id);
CREATE INDEX follow_ups_open ON follow_ups(due_on, owner_id) WHERE done_on IS NULL;

-- Japanese has no spaces between words: trigrams find any run of three or more characters.
CREATE VIRTUAL TABLE consultations_fts USING fts5(
    summary, advice, mail_subject, mail_body,
    content = 'consultations', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER consultations_fts_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultations_fts (rowid, summary, advice, mail_subject, mail_body)
    VALUES (new.id, new.summary, new.advice, new.mail_subject, new.mail_body);
END;
CREATE TRIGGER consultations_fts_delete AFTER DELETE ON consultations BEGIN
    INSERT INTO consultations_fts (consultations_fts, rowid, summary, advice, mail_subject,
                                   mail_body)
    VALUES ('delete', old.id, old.summary, old.advice, old.mail_subject, old.mail_body);
END;
CREATE TRIGGER consultations_fts_update AFTER UPDATE OF summary, advice, mail_subject, mail_body
ON consultations BEGIN
    INSERT INTO consultations_fts (consultations_fts, rowid, summary, advice, mail_subject,
                                   mail_body)
    VALUES ('delete', old.id, old.summary, old.advice, old.mail_subject, old.mail_body);
    INSERT INTO consultations_fts (rowid, summary, advice, mail_subject, mail_body)
    VALUES (new.id, new.summary, new.advice, new.mail_subject, new.mail_body);
END;
