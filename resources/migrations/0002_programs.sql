-- IoT Desk schema version 2: programs and their meetings, with the FY2018 program seeded
-- as its call for applications describes it.

CREATE TABLE programs (
    id                 INTEGER PRIMARY KEY,
    name_ja            TEXT NOT NULL CHECK (name_ja <> ''),
    name_en            TEXT NOT NULL DEFAULT '',
    fiscal_year        INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    application_start  TEXT NOT NULL,
    application_end    TEXT NOT NULL,
    selection_cap      INTEGER NOT NULL CHECK (selection_cap >= 1),
    contact_office     TEXT NOT NULL DEFAULT '',
    contact_phone      TEXT NOT NULL DEFAULT '',
    contact_fax        TEXT NOT NULL DEFAULT '',
    contact_email      TEXT NOT NULL DEFAULT '',
    CHECK (application_end >= application_start),
    UNIQUE (fiscal_year, name_ja)
);

CREATE TABLE program_meetings (
    id             INTEGER PRIMARY KEY,
    program_id     INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    kind           TEXT NOT NULL CHECK (kind IN ('central_workshop', 'local_workshop',
                                                 'final_meeting')),
    name_ja        TEXT NOT NULL CHECK (name_ja <> ''),
    name_en        TEXT NOT NULL DEFAULT '',
    planned_start  TEXT NOT NULL,
    planned_end    TEXT NOT NULL,
    place_ja       TEXT NOT NULL DEFAULT '',
    place_en       TEXT NOT NULL DEFAULT '',
    days           INTEGER NOT NULL CHECK (days BETWEEN 1 AND 14),
    CHECK (planned_end >= planned_start),
    UNIQUE (program_id, seq)
);

INSERT INTO programs (id, name_ja, name_en, fiscal_year, application_start, application_end,
                      selection_cap, contact_office, contact_phone, contact_fax, contact_email)
VALUES (1,
        '地域IoT実装のための計画策定・推進体制構築支援事業',
        'Regional IoT Implementation Planning and Promotion-System Support Program',
        2018, '2018-05-14', '2018-06-08', 10,
        '総務省 情報流通行政局 地域通信振興課',
        '03-5253-5756', '03-5253-5759', 'chiiki-iot-keikaku@ml.soumu.go.jp');

INSERT INTO program_meetings (program_id, seq, kind, name_ja, name_en, planned_start,
                              planned_end, place_ja, place_en, days)
VALUES
    (1, 1, 'central_workshop', '研修会兼相談会（第1回）', 'Workshop 1',
     '2018-06-21', '2018-06-30', '東京', 'Tokyo', 2),
    (1, 2, 'local_workshop', '研修会兼相談会（第2回）', 'Workshop 2',
     '2018-07-21', '2018-07-31', '各支援対象自治体', 'In each selected municipality', 1),
    (1, 3, 'central_workshop', '研修会兼相談会（第3回・中間発表）', 'Workshop 3 (mid-term presentations)',
     '2018-10-01', '2018-10-31', '東京', 'Tokyo', 2),
    (1, 4, 'final_meeting', '最終成果報告会', 'Final results meeting',
     '2019-03-21', '2019-03-31', '東京', 'Tokyo', 1);
