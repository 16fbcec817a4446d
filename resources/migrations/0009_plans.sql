-- IoT Desk schema version 9: the plan of each selected application (地域IoT実装計画) and its
-- promotion system (推進体制), from the first draft to the final plan, with its
-- cost-effectiveness; the plan's milestones in the monthly reports; and the know-how register
-- the program's casebook publishes.

-- AUTOINCREMENT throughout: an id is never given again, so the history speaks of one record
-- and undo brings a removed record back under its id.
CREATE TABLE plans (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id         INTEGER NOT NULL UNIQUE REFERENCES applications(id) ON DELETE CASCADE,
    title                  TEXT NOT NULL DEFAULT '',
    -- year 0 of the evaluation and of the roadmap
    first_fiscal_year      INTEGER NOT NULL CHECK (first_fiscal_year BETWEEN 1989 AND 2200),
    -- a period of N years covers years 0..N
    period_years           INTEGER NOT NULL DEFAULT 10 CHECK (period_years BETWEEN 1 AND 50),
    -- hundredths of a percent: 400 is the 4% of the public-works cost–benefit manuals
    discount_basis_points  INTEGER NOT NULL DEFAULT 400
                               CHECK (discount_basis_points BETWEEN 0 AND 2000),
    fields                 TEXT NOT NULL DEFAULT '',  -- the fields' stored names, comma-separated
    created_at             TEXT NOT NULL              -- UTC
);

-- The plan's text, in sections the users name and order themselves.
CREATE TABLE plan_sections (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id   INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    heading   TEXT NOT NULL CHECK (heading <> ''),
    body      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_sections_by_plan ON plan_sections(plan_id, position);

-- Thinking from the problem: a vision (将来像), the current states (現状) under it, the
-- problems (問題) each gap makes, the issues (課題) behind a problem, the solutions (解決策)
-- of an issue. A solution may stand without an issue (and shows as such).
CREATE TABLE plan_nodes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES plan_nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    kind        TEXT NOT NULL CHECK (kind IN ('vision', 'current', 'problem', 'issue',
                                              'solution')),
    position    INTEGER NOT NULL DEFAULT 0,
    text        TEXT NOT NULL CHECK (text <> ''),
    -- a solution's: technologies (stored names, comma-separated), the data it uses, and the
    -- partner that provides it
    technology  TEXT NOT NULL DEFAULT '',
    data_used   TEXT NOT NULL DEFAULT '',
    partner     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_nodes_by_plan ON plan_nodes(plan_id, position);
CREATE INDEX plan_nodes_by_parent ON plan_nodes(parent_id);

-- The promotion system: its members, each under the one it reports to, drawn as an
-- organisation chart. `lead` marks the lead department and the person responsible.
CREATE TABLE plan_members (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES plan_members(id) ON DELETE SET NULL
                    DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL DEFAULT 0,
    kind        TEXT NOT NULL CHECK (kind IN ('department', 'person', 'partner', 'residents',
                                              'neighbour', 'other')),
    name        TEXT NOT NULL CHECK (name <> ''),
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,  -- a person of the registry
    role        TEXT NOT NULL DEFAULT '',
    lead        INTEGER NOT NULL DEFAULT 0 CHECK (lead IN (0, 1))
);
CREATE INDEX plan_members_by_plan ON plan_members(plan_id, position);
CREATE INDEX plan_members_by_parent ON plan_members(parent_id);
CREATE INDEX plan_members_by_contact ON plan_members(contact_id);

-- The roadmap.
CREATE TABLE plan_milestones (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id             INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL DEFAULT 0,
    title               TEXT NOT NULL CHECK (title <> ''),
    starts_on           TEXT,           -- date; NULL: a point in time
    due_on              TEXT NOT NULL,  -- date
    -- the fiscal year of the budget request it depends on
    budget_fiscal_year  INTEGER CHECK (budget_fiscal_year BETWEEN 1989 AND 2200),
    CHECK (starts_on IS NULL OR starts_on <= due_on)
);
CREATE INDEX plan_milestones_by_plan ON plan_milestones(plan_id, position);

CREATE TABLE plan_kpis (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id         INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    indicator       TEXT NOT NULL CHECK (indicator <> ''),
    unit            TEXT NOT NULL DEFAULT '',
    baseline_value  REAL,
    baseline_year   INTEGER CHECK (baseline_year BETWEEN 1989 AND 2200),
    target_value    REAL,
    target_year     INTEGER CHECK (target_year BETWEEN 1989 AND 2200)
);
CREATE INDEX plan_kpis_by_plan ON plan_kpis(plan_id, position);

-- Costs and benefits per year of the evaluation, in yen. A cost is initial or running and
-- says who bears it; a benefit says how it is quantified.
CREATE TABLE plan_amounts (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id   INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    side      TEXT NOT NULL CHECK (side IN ('cost', 'benefit')),
    year      INTEGER NOT NULL CHECK (year BETWEEN 0 AND 50),
    kind      TEXT NOT NULL CHECK (kind IN ('initial', 'running', 'hours_saved', 'costs_avoided',
                                            'revenue', 'damage_reduced', 'other')),
    item      TEXT NOT NULL CHECK (item <> ''),
    yen       INTEGER NOT NULL CHECK (yen >= 0),
    basis     TEXT NOT NULL DEFAULT '',  -- how it was reckoned (120 h × ¥3,000)
    bearer    TEXT CHECK (bearer IN ('municipality', 'national_subsidy', 'prefecture',
                                     'partner', 'other')),
    CHECK ((side = 'cost') = (kind IN ('initial', 'running'))),
    CHECK ((side = 'cost') = (bearer IS NOT NULL))
);
CREATE INDEX plan_amounts_by_plan ON plan_amounts(plan_id, side, year);

CREATE TABLE plan_risks (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id         INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    risk            TEXT NOT NULL CHECK (risk <> ''),
    countermeasure  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_risks_by_plan ON plan_risks(plan_id, position);

-- Frozen versions: the whole plan as it stood, as JSON, never changed afterwards. The
-- mid-term version is linked to the presentation slot where it was presented (workshop 3).
CREATE TABLE plan_versions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    stage       TEXT NOT NULL CHECK (stage IN ('draft', 'midterm', 'final')),
    frozen_on   TEXT NOT NULL,  -- date: the version's date as the plan states it
    frozen_at   TEXT NOT NULL,  -- UTC: when it was frozen
    frozen_by   TEXT NOT NULL DEFAULT '',
    slot_id     INTEGER REFERENCES presentation_slots(id) ON DELETE SET NULL,
    snapshot    TEXT NOT NULL,
    UNIQUE (plan_id, seq)
);

-- Each milestone's state in a month's report.
CREATE TABLE report_milestones (
    report_id     INTEGER NOT NULL REFERENCES monthly_reports(id) ON DELETE CASCADE,
    milestone_id  INTEGER NOT NULL REFERENCES plan_milestones(id) ON DELETE CASCADE,
    state         TEXT NOT NULL CHECK (state IN ('not_started', 'on_track', 'delayed', 'done')),
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, milestone_id)
) WITHOUT ROWID;
CREATE INDEX report_milestones_by_milestone ON report_milestones(milestone_id);

-- Lessons learned, by phase, with where each came from; the casebook prints those approved.
CREATE TABLE knowhow (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    program_id       INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
    application_id   INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    phase            TEXT NOT NULL CHECK (phase IN ('issues', 'solutions', 'promotion', 'cost',
                                                    'consensus', 'procurement', 'operation',
                                                    'other')),
    lesson           TEXT NOT NULL CHECK (lesson <> ''),
    consultation_id  INTEGER REFERENCES consultations(id) ON DELETE SET NULL,
    report_id        INTEGER REFERENCES monthly_reports(id) ON DELETE SET NULL,
    session_id       INTEGER REFERENCES meeting_sessions(id) ON DELETE SET NULL,
    approved         INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
    created_at       TEXT NOT NULL,  -- UTC
    created_by       TEXT NOT NULL DEFAULT '',
    CHECK ((consultation_id IS NOT NULL) + (report_id IS NOT NULL) + (session_id IS NOT NULL)
           <= 1)
);
CREATE INDEX knowhow_by_program ON knowhow(program_id, phase);
CREATE INDEX knowhow_by_application ON knowhow(application_id);
CREATE INDEX knowhow_by_consultation ON knowhow(consultation_id);
CREATE INDEX knowhow_by_report ON knowhow(report_id);
CREATE INDEX knowhow_by_session ON knowhow(session_id);
