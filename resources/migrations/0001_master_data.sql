-- IoT Desk schema version 1: master data (regional bureaus, prefectures, all local
-- governments, public holidays) and the history of every change.
-- The rows are loaded by the program from the CSV files in resources/data in the same
-- transaction as this script.

PRAGMA application_id = 1229935684; -- 'IOTD'

CREATE TABLE bureaus (
    id       INTEGER PRIMARY KEY,
    name_ja  TEXT NOT NULL UNIQUE,
    name_en  TEXT NOT NULL,
    seat     TEXT NOT NULL
);

CREATE TABLE prefectures (
    code       TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_ja    TEXT NOT NULL UNIQUE,
    name_en    TEXT NOT NULL,
    bureau_id  INTEGER NOT NULL REFERENCES bureaus(id)
) WITHOUT ROWID;

CREATE TABLE local_governments (
    code6            TEXT PRIMARY KEY CHECK (length(code6) = 6),
    code5            TEXT NOT NULL UNIQUE CHECK (length(code5) = 5),
    kind             TEXT NOT NULL CHECK (kind IN ('prefecture', 'designated_city', 'city',
                                                   'town', 'village', 'special_ward')),
    prefecture_code  TEXT NOT NULL REFERENCES prefectures(code),
    district         TEXT NOT NULL DEFAULT '',
    district_kana    TEXT NOT NULL DEFAULT '',
    name             TEXT NOT NULL,
    name_kana        TEXT NOT NULL,
    name_mic         TEXT NOT NULL,
    name_kana_mic    TEXT NOT NULL,
    -- Normalised forms for search (NFKC, hiragana, one kanji variant, ケ for ヶ), computed
    -- by the program when the rows are loaded.
    search_name      TEXT NOT NULL,
    search_kana      TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX local_governments_by_prefecture ON local_governments(prefecture_code, code6);
CREATE INDEX local_governments_by_kana ON local_governments(search_kana);

CREATE TABLE holidays (
    date     TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name_ja  TEXT NOT NULL,
    name_en  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT NOT NULL,  -- UTC, ISO 8601 with milliseconds
    changed_by  TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT
);

CREATE INDEX history_by_entity ON history(entity, entity_id, id);
