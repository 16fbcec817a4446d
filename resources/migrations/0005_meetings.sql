-- IoT Desk schema version 5: the meetings as they are held. A program's planned meeting
-- (program_meetings) is held as sessions: one for a meeting in Tokyo, one per selected
-- municipality for a workshop it hosts. A session has its days, venue, agenda, materials,
-- travelling consultants, participants with attendance per day, and presentation slots.

-- AUTOINCREMENT throughout: an id is never given again, so the history speaks of one record.
CREATE TABLE meeting_sessions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id      INTEGER NOT NULL REFERENCES program_meetings(id) ON DELETE CASCADE,
    -- the selected application that hosts a local workshop; NULL for a central meeting
    application_id  INTEGER REFERENCES applications(id) ON DELETE CASCADE,
    first_day       TEXT,  -- date; NULL until it is fixed
    day_count       INTEGER NOT NULL CHECK (day_count BETWEEN 1 AND 14),
    venue_name      TEXT NOT NULL DEFAULT '',
    venue_address   TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    -- 1 when its host is no longer selected: kept, not deleted, because it holds records
    cancelled       INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    UNIQUE (meeting_id, application_id)
);
CREATE UNIQUE INDEX meeting_sessions_central ON meeting_sessions(meeting_id)
    WHERE application_id IS NULL;
CREATE INDEX meeting_sessions_by_application ON meeting_sessions(application_id);
CREATE INDEX meeting_sessions_by_day ON meeting_sessions(first_day);

CREATE TABLE session_consultants (
    session_id  INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id),
    PRIMARY KEY (session_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX session_consultants_by_contact ON session_consultants(contact_id);

CREATE TABLE agenda_items (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    day_no      INTEGER NOT NULL CHECK (day_no >= 1),
    starts_at   TEXT NOT NULL,  -- HH:mm, Japan time
    ends_at     TEXT NOT NULL,
    title       TEXT NOT NULL CHECK (title <> ''),
    speaker     TEXT NOT NULL DEFAULT '',
    CHECK (ends_at > starts_at)
);
CREATE INDEX agenda_items_by_session ON agenda_items(session_id, day_no, starts_at);

-- Files are kept in the database, so a copy or backup of the file carries them.
CREATE TABLE meeting_materials (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL CHECK (file_name <> ''),
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL,  -- UTC
    added_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_materials_by_session ON meeting_materials(session_id);

CREATE TABLE participants (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id      INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    contact_id      INTEGER NOT NULL REFERENCES contacts(id),
    -- the selected application the person comes for; NULL for anyone else
    application_id  INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    UNIQUE (session_id, contact_id)
);
CREATE INDEX participants_by_contact ON participants(contact_id);
CREATE INDEX participants_by_application ON participants(application_id, session_id);

-- One row per registered day.
CREATE TABLE attendance (
    participant_id  INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    day_no          INTEGER NOT NULL CHECK (day_no >= 1),
    state           TEXT NOT NULL CHECK (state IN ('registered', 'attended', 'absent',
                                                   'excused')),
    note            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (participant_id, day_no)
) WITHOUT ROWID;

CREATE TABLE presentation_slots (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id      INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq >= 1),
    day_no          INTEGER NOT NULL DEFAULT 1 CHECK (day_no >= 1),
    starts_at       TEXT NOT NULL,  -- HH:mm, Japan time
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    -- the presenting application; NULL for a break
    application_id  INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    presenter       TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, seq)
);

-- Every planned meeting held in Tokyo gets its session; a workshop held locally gets one
-- per application already selected.
INSERT INTO meeting_sessions (meeting_id, application_id, day_count, venue_name)
SELECT id, NULL, days, place_ja FROM program_meetings WHERE kind <> 'local_workshop';

INSERT INTO meeting_sessions (meeting_id, application_id, day_count)
SELECT m.id, a.id, m.days
FROM program_meetings m JOIN applications a ON a.program_id = m.program_id
WHERE m.kind = 'local_workshop' AND a.decision = 'selected';
