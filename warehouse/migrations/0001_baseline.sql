-- Migration 0001: the schema as built by every Wirehouse before versioned migrations (commit 64bc4be),
-- kept verbatim so a warehouse made by that code and a new one start from the same tables.

-- Layer tables (raw, parsed, entities). Every row carries article_id and batch_id; every
-- character offset points into parsed.articles.body of its article. Loads are delete-by-batch
-- then insert, in one transaction, so re-running a batch gives the same rows.

CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS parsed;
CREATE SCHEMA IF NOT EXISTS entities;

-- One row per accepted input document (a file, or one line of a JSON-lines file).
CREATE TABLE IF NOT EXISTS raw.articles (
    article_id      VARCHAR NOT NULL PRIMARY KEY,  -- sha256 of the NFC, whitespace-collapsed text, first 16 hex
    batch_id        VARCHAR NOT NULL,
    source_path     VARCHAR NOT NULL,              -- the file inside data/batches/<batch_id>/
    source_name     VARCHAR NOT NULL,              -- its file name as dropped in the inbox
    record_index    INTEGER,                       -- line number (1-based) inside a JSON-lines file
    content_type    VARCHAR NOT NULL,              -- text/plain | text/html | application/json
    encoding        VARCHAR NOT NULL,
    size_bytes      BIGINT NOT NULL,
    sha256          VARCHAR NOT NULL,              -- of the bytes as received
    raw_bytes       BLOB NOT NULL,
    text            VARCHAR NOT NULL,              -- decoded text
    first_seen      TIMESTAMP NOT NULL
);

-- Inputs that did not become articles; the file itself stays in its batch folder.
CREATE TABLE IF NOT EXISTS raw.rejects (
    batch_id        VARCHAR NOT NULL,
    source_path     VARCHAR NOT NULL,
    source_name     VARCHAR NOT NULL,
    record_index    INTEGER,
    reason_code     VARCHAR NOT NULL,
    message         VARCHAR NOT NULL,
    size_bytes      BIGINT NOT NULL,
    sha256          VARCHAR,
    rejected_at     TIMESTAMP NOT NULL
);

-- Inputs whose content is already an article (in this batch or an earlier one).
CREATE TABLE IF NOT EXISTS raw.duplicates (
    batch_id        VARCHAR NOT NULL,
    source_path     VARCHAR NOT NULL,
    source_name     VARCHAR NOT NULL,
    record_index    INTEGER,
    article_id      VARCHAR NOT NULL,
    seen_at         TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS parsed.articles (
    article_id      VARCHAR NOT NULL PRIMARY KEY,
    batch_id        VARCHAR NOT NULL,
    parser          VARCHAR NOT NULL,              -- layout | html | json
    headline        VARCHAR,
    section         VARCHAR,
    authors         VARCHAR[] NOT NULL,
    author_bio      VARCHAR,
    publication     VARCHAR,
    published       VARCHAR,                       -- ISO 8601 as the source gives it (date or date-time)
    published_date  DATE,
    print_headline  VARCHAR,
    dateline        VARCHAR,
    url             VARCHAR,
    language        VARCHAR,
    word_count      INTEGER NOT NULL,
    body_status     VARCHAR NOT NULL,              -- ok | short (under 50 words) | empty
    body            VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS parsed.captions (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    caption_index   INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    credit          VARCHAR,
    PRIMARY KEY (article_id, caption_index)
);

CREATE TABLE IF NOT EXISTS parsed.pull_quotes (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    quote_index     INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, quote_index)
);

CREATE TABLE IF NOT EXISTS parsed.paragraphs (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    paragraph_index INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, paragraph_index)
);

CREATE TABLE IF NOT EXISTS parsed.sentences (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    paragraph_index INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, sentence_index)
);

-- Canonical entities seen in a batch (one row per entity_id and batch).
CREATE TABLE IF NOT EXISTS entities.entities (
    batch_id        VARCHAR NOT NULL,
    entity_id       VARCHAR NOT NULL,
    entity_type     VARCHAR NOT NULL,
    canonical_name  VARCHAR NOT NULL,
    iso_code        VARCHAR,
    kind            VARCHAR,
    country_code    VARCHAR,                       -- ISO 3166-1 alpha-3 of the country it belongs to
    PRIMARY KEY (batch_id, entity_id)
);

CREATE TABLE IF NOT EXISTS entities.mentions (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    mention_index   INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    entity_type     VARCHAR NOT NULL,
    entity_id       VARCHAR NOT NULL,
    confidence      DOUBLE NOT NULL,
    extractor       VARCHAR NOT NULL,
    role            VARCHAR,                       -- COUNTRY only: actor | place | people, NULL when unclear
    PRIMARY KEY (article_id, mention_index)
);
-- files created before the role column get it here
ALTER TABLE entities.mentions ADD COLUMN IF NOT EXISTS role VARCHAR;

CREATE TABLE IF NOT EXISTS entities.amounts (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    amount_index    INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    currency        VARCHAR NOT NULL,              -- ISO 4217
    amount_min      DOUBLE NOT NULL,
    amount_max      DOUBLE NOT NULL,
    usd_min         DOUBLE,
    usd_max         DOUBLE,
    usd_rate        DOUBLE,                        -- USD per one unit of currency
    rate_date       DATE,
    approximate     BOOLEAN NOT NULL,
    qualifier       VARCHAR,                       -- about | over | up to | ...
    bound           VARCHAR NOT NULL,              -- exact | approximate | upper | lower | range
    currency_basis  VARCHAR NOT NULL,              -- symbol | code | word | context
    rate_source     VARCHAR,                       -- ecb | peg; NULL when no offline rate exists
    usd_note        VARCHAR,                       -- why USD is missing, or how it was obtained
    PRIMARY KEY (article_id, amount_index)
);

CREATE TABLE IF NOT EXISTS entities.dates (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    date_index      INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    value           VARCHAR,                       -- ISO 8601: 2017-06, 2017-06-08, P5Y, ...
    resolution      VARCHAR NOT NULL,              -- day | week | month | quarter | half | year | decade | duration | unresolved
    date_start      DATE,
    date_end        DATE,
    note            VARCHAR,                       -- why an expression stays unresolved
    PRIMARY KEY (article_id, date_index)
);

CREATE TABLE IF NOT EXISTS entities.relations (
    article_id      VARCHAR NOT NULL,
    batch_id        VARCHAR NOT NULL,
    relation_index  INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    subject_id      VARCHAR NOT NULL,
    predicate       VARCHAR NOT NULL,
    object_id       VARCHAR NOT NULL,
    confidence      DOUBLE NOT NULL,
    extractor       VARCHAR NOT NULL,
    attributes      VARCHAR,                       -- JSON: {"title": ...} (holds_title), {"sectors": [ids]} (paired_with)
    PRIMARY KEY (article_id, relation_index)
);

-- Kimball star schema. Surrogate keys are stable: a hash of the natural key (stable_key), or
-- yyyymmdd for dates, so rebuilding a batch or the whole warehouse yields the same keys.
-- The grain of each table is in warehouse/README.md.

CREATE SCHEMA IF NOT EXISTS star;

-- 60 bits of md5: positive BIGINT, identical across DuckDB versions (unlike hash()).
CREATE OR REPLACE MACRO star.stable_key(natural_key) AS ('0x' || substr(md5(natural_key), 1, 15))::BIGINT;

CREATE TABLE IF NOT EXISTS star.dim_date (
    date_key        INTEGER PRIMARY KEY,   -- yyyymmdd; -1 = unknown
    full_date       DATE,
    year            INTEGER,
    quarter         INTEGER,
    month           INTEGER,
    month_name      VARCHAR,
    day             INTEGER,
    day_of_week     VARCHAR,
    iso_week        INTEGER
);
INSERT OR IGNORE INTO star.dim_date (date_key) VALUES (-1);

CREATE TABLE IF NOT EXISTS star.dim_publication (
    publication_key  BIGINT PRIMARY KEY,
    publication_name VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.dim_author (
    author_key      BIGINT PRIMARY KEY,
    author_name     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.dim_article (
    article_key        BIGINT PRIMARY KEY,
    article_id         VARCHAR NOT NULL UNIQUE,
    batch_id           VARCHAR NOT NULL,
    headline           VARCHAR,
    section            VARCHAR,
    print_headline     VARCHAR,
    publication_key    BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    published          VARCHAR,
    url                VARCHAR,
    language           VARCHAR,
    content_type       VARCHAR NOT NULL,
    parser             VARCHAR NOT NULL,
    source_name        VARCHAR NOT NULL,
    source_path        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.bridge_article_author (
    article_key     BIGINT NOT NULL,
    author_key      BIGINT NOT NULL,
    author_order    INTEGER NOT NULL,
    batch_id        VARCHAR NOT NULL,
    PRIMARY KEY (article_key, author_key)
);

CREATE TABLE IF NOT EXISTS star.dim_entity_type (
    entity_type_key BIGINT PRIMARY KEY,
    entity_type     VARCHAR NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS star.dim_entity (
    entity_key      BIGINT PRIMARY KEY,
    entity_id       VARCHAR NOT NULL UNIQUE,
    entity_type_key BIGINT NOT NULL,
    entity_type     VARCHAR NOT NULL,
    canonical_name  VARCHAR NOT NULL,
    iso_code        VARCHAR,
    kind            VARCHAR,
    country_code    VARCHAR
);

CREATE TABLE IF NOT EXISTS star.dim_relation_type (
    relation_type_key BIGINT PRIMARY KEY,
    relation_type     VARCHAR NOT NULL UNIQUE,
    description       VARCHAR
);

-- The sector taxonomy (assets/entities/gazetteers/sectors.csv), seeded whole by the star asset.
CREATE TABLE IF NOT EXISTS star.dim_sector (
    sector_key        BIGINT PRIMARY KEY,   -- stable_key('sector|' || sector_code)
    sector_code       VARCHAR NOT NULL UNIQUE,
    entity_id         VARCHAR NOT NULL,     -- sector:<code>, as in dim_entity when mentioned
    sector_name       VARCHAR NOT NULL,
    isic_code         VARCHAR,              -- ISIC Rev.4 section, division, group or class; NULL when none fits
    isic_section      VARCHAR,              -- ISIC Rev.4 section letter
    isic_section_name VARCHAR,
    isic_title        VARCHAR,              -- ISIC title of isic_code
    notes             VARCHAR
);

CREATE TABLE IF NOT EXISTS star.dim_sentence (
    sentence_key    BIGINT PRIMARY KEY,
    article_key     BIGINT NOT NULL,
    batch_id        VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    paragraph_index INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.fact_article (
    article_key        BIGINT PRIMARY KEY,
    publication_key    BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    batch_id           VARCHAR NOT NULL,
    word_count         INTEGER NOT NULL,
    paragraph_count    INTEGER NOT NULL,
    sentence_count     INTEGER NOT NULL,
    mention_count      INTEGER NOT NULL,
    amount_count       INTEGER NOT NULL,
    relation_count     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS star.fact_entity_mention (
    mention_key        BIGINT PRIMARY KEY,
    article_key        BIGINT NOT NULL,
    sentence_key       BIGINT NOT NULL,
    entity_key         BIGINT NOT NULL,
    entity_type_key    BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    batch_id           VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    surface_text       VARCHAR NOT NULL,
    confidence         DOUBLE NOT NULL,
    extractor          VARCHAR NOT NULL,
    role               VARCHAR              -- COUNTRY only: actor | place | people, NULL when unclear
);
-- files created before the role column get it here
ALTER TABLE star.fact_entity_mention ADD COLUMN IF NOT EXISTS role VARCHAR;

CREATE TABLE IF NOT EXISTS star.fact_money_amount (
    amount_key         BIGINT PRIMARY KEY,
    article_key        BIGINT NOT NULL,
    sentence_key       BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    rate_date_key      INTEGER NOT NULL,
    batch_id           VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    surface_text       VARCHAR NOT NULL,
    currency           VARCHAR NOT NULL,
    amount_min         DOUBLE NOT NULL,
    amount_max         DOUBLE NOT NULL,
    usd_min            DOUBLE,
    usd_max            DOUBLE,
    usd_rate           DOUBLE,
    approximate        BOOLEAN NOT NULL,
    qualifier          VARCHAR,
    bound              VARCHAR NOT NULL,  -- exact | approximate | upper | lower | range
    currency_basis     VARCHAR NOT NULL,  -- symbol | code | word | context
    rate_source        VARCHAR,           -- ecb | peg; NULL when no offline rate exists
    usd_note           VARCHAR
);

CREATE TABLE IF NOT EXISTS star.fact_date_mention (
    date_mention_key   BIGINT PRIMARY KEY,
    article_key        BIGINT NOT NULL,
    sentence_key       BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    mentioned_date_key INTEGER NOT NULL,  -- first day of the mentioned period; -1 when unresolved
    batch_id           VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    surface_text       VARCHAR NOT NULL,
    value              VARCHAR,
    resolution         VARCHAR NOT NULL,
    date_start         DATE,
    date_end           DATE,
    note               VARCHAR            -- why an expression stays unresolved
);

CREATE TABLE IF NOT EXISTS star.fact_relation (
    relation_key        BIGINT PRIMARY KEY,
    article_key         BIGINT NOT NULL,
    sentence_key        BIGINT NOT NULL,
    relation_type_key   BIGINT NOT NULL,
    subject_entity_key  BIGINT NOT NULL,
    object_entity_key   BIGINT NOT NULL,
    published_date_key  INTEGER NOT NULL,
    batch_id            VARCHAR NOT NULL,
    confidence          DOUBLE NOT NULL,
    extractor           VARCHAR NOT NULL,
    attributes          VARCHAR            -- JSON: {"title": ...} or {"sectors": [...]}
);

-- The sectors of a relation (paired_with "in energy and textiles"): one row per relation and sector.
CREATE TABLE IF NOT EXISTS star.bridge_relation_sector (
    relation_key        BIGINT NOT NULL,
    sector_key          BIGINT NOT NULL,
    batch_id            VARCHAR NOT NULL,
    PRIMARY KEY (relation_key, sector_key)
);
