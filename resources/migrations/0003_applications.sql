-- IoT Desk schema version 3: applications as they arrive by e-mail, the local governments
-- behind them, their eligibility answers, the review (reviewers, scores, conflicts of
-- interest, requests for documents or hearings) and the selection decision.
-- An application's status is derived (decision, open hearing, scores), never stored twice.

ALTER TABLE programs ADD COLUMN bureau_limit INTEGER CHECK (bureau_limit IS NULL OR bureau_limit >= 0);

CREATE TABLE bureau_limits (
    program_id    INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
    bureau_id     INTEGER NOT NULL REFERENCES bureaus(id),
    max_selected  INTEGER NOT NULL CHECK (max_selected >= 0),
    PRIMARY KEY (program_id, bureau_id)
) WITHOUT ROWID;

CREATE TABLE applications (
    id                           INTEGER PRIMARY KEY,
    program_id                   INTEGER NOT NULL REFERENCES programs(id),
    received_at                  TEXT NOT NULL,  -- UTC, ISO 8601
    sender_email                 TEXT NOT NULL DEFAULT '',
    subject                      TEXT NOT NULL DEFAULT '',
    attachment_bytes             INTEGER NOT NULL DEFAULT 0 CHECK (attachment_bytes >= 0),
    confirmation_sent_on         TEXT,           -- date
    -- Eligibility answers: 1 yes, 0 no, NULL not answered yet.
    reports_monthly              INTEGER CHECK (reports_monthly IN (0, 1)),
    hosts_workshop2              INTEGER CHECK (hosts_workshop2 IN (0, 1)),
    attends_meetings             INTEGER CHECK (attends_meetings IN (0, 1)),
    used_ict_town                INTEGER CHECK (used_ict_town IN (0, 1)),
    used_data_smart_city         INTEGER CHECK (used_data_smart_city IN (0, 1)),
    used_regional_iot            INTEGER CHECK (used_regional_iot IN (0, 1)),
    used_iot_service             INTEGER CHECK (used_iot_service IN (0, 1)),
    has_comprehensive_agreement  INTEGER CHECK (has_comprehensive_agreement IN (0, 1)),
    bureau_opinion               TEXT NOT NULL DEFAULT '',
    contractor_opinion           TEXT NOT NULL DEFAULT '',
    decision                     TEXT CHECK (decision IN ('selected', 'not_selected', 'withdrawn')),
    decision_rationale           TEXT NOT NULL DEFAULT '',
    override_reason              TEXT NOT NULL DEFAULT '',
    decided_at                   TEXT,           -- UTC, ISO 8601
    note                         TEXT NOT NULL DEFAULT ''
);

CREATE INDEX applications_by_program ON applications(program_id, received_at);

CREATE TABLE application_members (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    lg_code6        TEXT NOT NULL REFERENCES local_governments(code6),
    is_lead         INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)),
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (application_id, lg_code6)
) WITHOUT ROWID;

CREATE UNIQUE INDEX application_members_one_lead ON application_members(application_id)
    WHERE is_lead = 1;
CREATE INDEX application_members_by_local_government ON application_members(lg_code6);

CREATE TABLE application_contacts (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL CHECK (name <> ''),
    department      TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT ''
);

CREATE INDEX application_contacts_by_application ON application_contacts(application_id);

CREATE TABLE application_partners (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL CHECK (name <> ''),
    kind            TEXT NOT NULL CHECK (kind IN ('company', 'university', 'npo', 'public',
                                                  'other')),
    role            TEXT NOT NULL DEFAULT ''
);

CREATE INDEX application_partners_by_application ON application_partners(application_id);

-- Multi-area frameworks: 定住自立圏, 連携中枢都市圏 or another, formed or being formed.
CREATE TABLE application_frameworks (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    kind            TEXT NOT NULL CHECK (kind IN ('settlement_area', 'central_city_area',
                                                  'other')),
    name            TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL CHECK (state IN ('formed', 'forming'))
);

CREATE INDEX application_frameworks_by_application ON application_frameworks(application_id);

CREATE TABLE framework_members (
    framework_id  INTEGER NOT NULL REFERENCES application_frameworks(id) ON DELETE CASCADE,
    lg_code6      TEXT NOT NULL REFERENCES local_governments(code6),
    PRIMARY KEY (framework_id, lg_code6)
) WITHOUT ROWID;

CREATE TABLE reviewers (
    id           INTEGER PRIMARY KEY,
    program_id   INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (name <> ''),
    affiliation  TEXT NOT NULL CHECK (affiliation IN ('mic', 'bureau', 'contractor')),
    bureau_id    INTEGER REFERENCES bureaus(id),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((affiliation = 'bureau') = (bureau_id IS NOT NULL))
);

CREATE INDEX reviewers_by_program ON reviewers(program_id);

CREATE TABLE review_conflicts (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id     INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,
    reason          TEXT NOT NULL CHECK (reason <> ''),
    declared_at     TEXT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
) WITHOUT ROWID;

CREATE TABLE review_scores (
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id     INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,
    proactiveness   INTEGER NOT NULL CHECK (proactiveness BETWEEN 1 AND 5),
    partner         INTEGER NOT NULL CHECK (partner BETWEEN 1 AND 5),
    spread          INTEGER NOT NULL CHECK (spread BETWEEN 1 AND 5),
    comment         TEXT NOT NULL DEFAULT '',
    scored_at       TEXT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
) WITHOUT ROWID;

CREATE INDEX review_scores_by_reviewer ON review_scores(reviewer_id);

-- A reviewer with a declared conflict of interest cannot score that application, whatever
-- program writes to the file.
CREATE TRIGGER review_scores_no_conflict_insert BEFORE INSERT ON review_scores
WHEN EXISTS (SELECT 1 FROM review_conflicts
             WHERE application_id = NEW.application_id AND reviewer_id = NEW.reviewer_id)
BEGIN
    SELECT RAISE(ABORT, 'conflict of interest declared');
END;

CREATE TRIGGER review_scores_no_conflict_update BEFORE UPDATE ON review_scores
WHEN EXISTS (SELECT 1 FROM review_conflicts
             WHERE application_id = NEW.application_id AND reviewer_id = NEW.reviewer_id)
BEGIN
    SELECT RAISE(ABORT, 'conflict of interest declared');
END;

-- Declaring a conflict withdraws a score already given.
CREATE TRIGGER review_conflicts_remove_score AFTER INSERT ON review_conflicts
BEGIN
    DELETE FROM review_scores
    WHERE application_id = NEW.application_id AND reviewer_id = NEW.reviewer_id;
END;

-- Requests for additional documents, explanations or hearings (追加資料・説明・ヒアリング).
CREATE TABLE application_requests (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('documents', 'explanation', 'hearing')),
    asked_on        TEXT NOT NULL,
    question        TEXT NOT NULL CHECK (question <> ''),
    answered_on     TEXT,
    answer          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered',
                                                                   'withdrawn')),
    CHECK (status <> 'answered' OR answered_on IS NOT NULL)
);

CREATE INDEX application_requests_by_application ON application_requests(application_id);
