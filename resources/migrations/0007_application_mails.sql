-- IoT Desk schema version 7: applications taken in from their mails. The mail's Message-ID is
-- kept, unique, so that a mail is never taken in twice; the files attached to it are kept with
-- the application, with their size and SHA-256, as meeting materials and report attachments
-- are.

ALTER TABLE applications ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX applications_by_message ON applications(message_id) WHERE message_id <> '';

-- AUTOINCREMENT: an id is never given again, so the history speaks of one file.
CREATE TABLE application_files (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    file_name       TEXT NOT NULL CHECK (file_name <> ''),
    size_bytes      INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256          TEXT NOT NULL,
    content         BLOB NOT NULL,
    added_at        TEXT NOT NULL,  -- UTC
    added_by        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_files_by_application ON application_files(application_id);
