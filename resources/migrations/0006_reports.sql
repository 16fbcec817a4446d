-- IoT Desk schema version 6: the monthly progress reports. Each selected municipality reports
-- once a month, from the month after its selection to March; the report for a month is due on
-- the program's due day of the month after it, moved to the next business day. The schedule
-- is kept by the program (ReportSchedule), which also writes it for selections already made.

ALTER TABLE programs ADD COLUMN report_due_day INTEGER NOT NULL DEFAULT 10
    CHECK (report_due_day BETWEEN 1 AND 31);

-- AUTOINCREMENT: an id is never given again, so the history speaks of one report.
CREATE TABLE monthly_reports (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id     INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    month              TEXT NOT NULL,  -- yyyy-MM: the month the report covers
    due_on             TEXT NOT NULL,  -- date
    received_on        TEXT,           -- date; NULL until received
    channel            TEXT CHECK (channel IN ('email', 'post', 'fax', 'meeting', 'other')),
    activities         TEXT NOT NULL DEFAULT '',
    progress           TEXT NOT NULL DEFAULT '',  -- against the plan's milestones
    issues             TEXT NOT NULL DEFAULT '',  -- issues and risks
    next_plans         TEXT NOT NULL DEFAULT '',
    support_requested  TEXT NOT NULL DEFAULT '',
    reviewer_comment   TEXT NOT NULL DEFAULT '',
    reviewed_on        TEXT,           -- date
    reviewed_by        TEXT NOT NULL DEFAULT '',
    -- 1 when the month is no longer in the schedule (the selection changed); never deleted,
    -- so that a report received stays and ids stay valid for undo
    cancelled          INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    UNIQUE (application_id, month),
    CHECK (received_on IS NOT NULL OR reviewed_on IS NULL),
    CHECK (received_on IS NULL OR channel IS NOT NULL)
);
CREATE INDEX monthly_reports_by_month ON monthly_reports(month, application_id);
CREATE INDEX monthly_reports_open ON monthly_reports(due_on) WHERE received_on IS NULL;

-- Files sent with a report, kept in the database like meeting materials.
CREATE TABLE report_attachments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id   INTEGER NOT NULL REFERENCES monthly_reports(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL CHECK (file_name <> ''),
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL,  -- UTC
    added_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_attachments_by_report ON report_attachments(report_id);
